package fr.assistantmedical.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The token verifier of SmallRye JWT (signature, issuer, audience, expiry, key set), in front of which
 * the tokens it verified are kept a while ({@link VerifiedTokens}): a status read costs a hash instead
 * of an RS256 verification. Only bearer tokens of requests go through here ({@code parse}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    private final VerifiedTokens verified;

    @Inject
    CachingJwtParser(SecurityConfig config) {
        // The system clock, not the application's: token times are compared with the real time.
        this.verified = new VerifiedTokens(Clock.systemUTC(), config.tokenCache().maxAge(),
                config.tokenCache().maxEntries());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verified.get(token, super::parse);
    }
}
