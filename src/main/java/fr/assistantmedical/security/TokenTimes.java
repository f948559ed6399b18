package fr.assistantmedical.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token is also refused when it was issued in the future, or for longer than the longest
 * lifetime allowed: a leaked long-lived token would otherwise stay good for as long as it says.
 */
@ApplicationScoped
public class TokenTimes implements SecurityIdentityAugmentor {

    private final Duration maxLifetime;
    private final Duration skew;

    @Inject
    TokenTimes(SecurityConfig config) {
        this(config.maxTokenLifetime(), config.clockSkew());
    }

    TokenTimes(Duration maxLifetime, Duration skew) {
        this.maxLifetime = maxLifetime;
        this.skew = skew;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String refused = refused(jwt.getIssuedAtTime(), jwt.getExpirationTime(), Instant.now().getEpochSecond());
        return refused == null ? Uni.createFrom().item(identity)
                : Uni.createFrom().failure(new AuthenticationFailedException(refused));
    }

    /** Why a token issued at {@code iat} and expiring at {@code exp} (epoch seconds) is refused at {@code now}, or null. */
    String refused(long iat, long exp, long now) {
        if (iat > now + skew.toSeconds()) {
            return "token issued in the future";
        }
        long from = iat > 0 ? iat : now;
        if (exp - from > maxLifetime.toSeconds()) {
            return "token lifetime above the maximum";
        }
        return null;
    }
}
