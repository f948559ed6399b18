package fr.assistantmedical.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Which token roles and claims mean what: identity providers name them differently. */
@ConfigMapping(prefix = "app.security")
public interface SecurityConfig {

    Roles roles();

    /** The claim that carries a CPAM agent's CPAM code. */
    @WithDefault("cpam")
    String cpamClaim();

    /** The claim that carries a partner's organisation. */
    @WithDefault("org")
    String organisationClaim();

    /** The longest lifetime (exp - iat) of an accepted token. */
    @WithDefault("PT24H")
    Duration maxTokenLifetime();

    /** How far in the future a token's iat may be, for clocks slightly apart. */
    @WithDefault("PT60S")
    Duration clockSkew();

    /** Verified tokens kept for their next requests: {@link VerifiedTokens}. */
    TokenCache tokenCache();

    interface TokenCache {
        /** The longest a verified token is kept (never beyond its expiry); PT0S verifies every request. */
        @WithDefault("PT60S")
        Duration maxAge();

        @WithDefault("10000")
        int maxEntries();
    }

    interface Roles {
        @WithDefault("cpam-agent")
        String cpamAgent();

        @WithDefault("partner")
        String partner();

        @WithDefault("ops")
        String ops();
    }
}
