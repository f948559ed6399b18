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

    /** Take the client from X-Forwarded-For: only behind a proxy that appends to it. */
    @WithDefault("false")
    boolean trustForwardedFor();

    /**
     * How many trusted proxies append to X-Forwarded-For: the client is the address the farthest of
     * them added (1: the right-most). Entries left of it are the client's own, and may be anything.
     */
    @WithDefault("1")
    int trustedHops();

    /** Most clients tracked at once; past it, the least recently seen one is forgotten. */
    @WithDefault("100000")
    int maxClients();
}
