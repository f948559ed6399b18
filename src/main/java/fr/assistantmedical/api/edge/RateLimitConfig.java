package fr.assistantmedical.api.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the public endpoints, per client address. */
@ConfigMapping(prefix = "app.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Sustained requests per second allowed to one client. */
    @WithDefault("20")
    double requestsPerSecond();

    /** Requests a client may send at once before the sustained rate applies. */
    @WithDefault("40")
    int burst();

    /** Take the client from the first X-Forwarded-For address: only behind a proxy that sets it. */
    @WithDefault("false")
    boolean trustForwardedFor();

    /** Above this many tracked clients, idle ones are forgotten. */
    @WithDefault("100000")
    int maxClients();
}
