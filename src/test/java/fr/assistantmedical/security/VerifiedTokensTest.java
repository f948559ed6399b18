package fr.assistantmedical.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens never serves a token the verifier would not accept now. */
class VerifiedTokensTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    /** A clock moved by the test. */
    private static final class MovingClock extends Clock {
        Instant now = T0;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A verifier that accepts the tokens it was told of, until their expiry, and counts its calls. */
    private static final class Verifier implements VerifiedTokens.Verifier<IllegalArgumentException> {
        final MovingClock clock;
        final List<String> calls = new ArrayList<>();
        final java.util.Map<String, Long> valid = new java.util.HashMap<>();

        Verifier(MovingClock clock) {
            this.clock = clock;
        }

        @Override
        public JsonWebToken verify(String token) {
            calls.add(token);
            Long exp = valid.get(token);
            if (exp == null || clock.now.getEpochSecond() >= exp) {
                throw new IllegalArgumentException("refused");
            }
            return jwt(exp);
        }
    }

    private final MovingClock clock = new MovingClock();
    private final Verifier verifier = new Verifier(clock);
    private final VerifiedTokens tokens = new VerifiedTokens(clock, Duration.ofSeconds(60), 100);

    @Test
    void aTokenSentAgainIsVerifiedOnce() {
        verifier.valid.put("a.b.c", T0.plusSeconds(3600).getEpochSecond());
        JsonWebToken first = tokens.get("a.b.c", verifier);
        assertSame(first, tokens.get("a.b.c", verifier));
        assertEquals(1, verifier.calls.size());
    }

    @Test
    void anExpiredTokenIsRefusedEvenIfKept() {
        verifier.valid.put("a.b.c", T0.plusSeconds(30).getEpochSecond());
        tokens.get("a.b.c", verifier);
        clock.now = T0.plusSeconds(30);
        assertThrows(IllegalArgumentException.class, () -> tokens.get("a.b.c", verifier));
        assertEquals(2, verifier.calls.size());
    }

    @Test
    void aTokenAlteredByOneByteIsVerifiedAndRefused() {
        verifier.valid.put("a.b.c", T0.plusSeconds(3600).getEpochSecond());
        tokens.get("a.b.c", verifier);
        assertThrows(IllegalArgumentException.class, () -> tokens.get("a.b.d", verifier));
        assertEquals(List.of("a.b.c", "a.b.d"), verifier.calls);
    }

    @Test
    void aKeptTokenIsVerifiedAgainAfterTheMaximumAge() {
        verifier.valid.put("a.b.c", T0.plusSeconds(3600).getEpochSecond());
        tokens.get("a.b.c", verifier);
        clock.now = T0.plusSeconds(61);
        // The key that signed it left the key set meanwhile: the verifier refuses it now.
        verifier.valid.remove("a.b.c");
        assertThrows(IllegalArgumentException.class, () -> tokens.get("a.b.c", verifier));
    }

    @Test
    void aRefusedTokenIsNotKept() {
        assertThrows(IllegalArgumentException.class, () -> tokens.get("x.y.z", verifier));
        assertThrows(IllegalArgumentException.class, () -> tokens.get("x.y.z", verifier));
        assertEquals(2, verifier.calls.size());
        assertEquals(0, tokens.size());
    }

    @Test
    void theCacheStaysBounded() {
        VerifiedTokens small = new VerifiedTokens(clock, Duration.ofSeconds(60), 3);
        for (int i = 0; i < 10; i++) {
            verifier.valid.put("t" + i, T0.plusSeconds(3600).getEpochSecond());
            small.get("t" + i, verifier);
        }
        assertEquals(true, small.size() <= 3);
    }

    @Test
    void withoutMaximumAgeEveryRequestIsVerified() {
        VerifiedTokens off = new VerifiedTokens(clock, Duration.ZERO, 100);
        verifier.valid.put("a.b.c", T0.plusSeconds(3600).getEpochSecond());
        off.get("a.b.c", verifier);
        off.get("a.b.c", verifier);
        assertEquals(2, verifier.calls.size());
    }

    private static JsonWebToken jwt(long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "agent";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
            }
        };
    }
}
