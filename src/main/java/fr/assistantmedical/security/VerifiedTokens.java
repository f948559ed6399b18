package fr.assistantmedical.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens already verified, keyed by the SHA-256 of the whole token: the same bearer token sent again
 * is not verified again (RS256 and the parsing of its claims) while it is kept. Any other token, even
 * one byte apart, has another hash and goes through the full verification.
 *
 * <p>A token is kept until its expiry, and at most {@code maxAge} after it was verified: an expired
 * token is never served from here (it goes back to the verifier, which refuses it), and a key taken
 * out of the key set stops opening requests within {@code maxAge}. Issuer and audience are those the
 * verifier checked on these very bytes.
 */
public final class VerifiedTokens {

    /** Verifies a token in full; throws what the verifier throws. */
    @FunctionalInterface
    public interface Verifier<E extends Exception> {
        JsonWebToken verify(String token) throws E;
    }

    private record Kept(JsonWebToken token, long untilMillis) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long maxAgeMillis;
    private final int maxEntries;

    public VerifiedTokens(Clock clock, Duration maxAge, int maxEntries) {
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
        this.maxEntries = maxEntries;
    }

    public <E extends Exception> JsonWebToken get(String token, Verifier<E> verifier) throws E {
        if (maxAgeMillis <= 0 || maxEntries <= 0) {
            return verifier.verify(token);
        }
        String key = sha256(token);
        long now = clock.millis();
        Kept found = kept.get(key);
        if (found != null) {
            if (now < found.untilMillis()) {
                return found.token();
            }
            kept.remove(key, found);
        }
        JsonWebToken verified = verifier.verify(token);
        long expiry = verified.getExpirationTime() * 1000L;
        long until = Math.min(expiry, now + maxAgeMillis);
        if (until > now) {
            if (kept.size() >= maxEntries) {
                kept.values().removeIf(k -> k.untilMillis() <= now);
                if (kept.size() >= maxEntries) {
                    kept.clear();
                }
            }
            kept.put(key, new Kept(verified, until));
        }
        return verified;
    }

    int size() {
        return kept.size();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
