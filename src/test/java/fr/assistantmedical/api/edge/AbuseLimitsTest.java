package fr.assistantmedical.api.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import fr.assistantmedical.support.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public endpoints are limited per client, and bodies by size. */
@QuarkusTest
@TestProfile(AbuseLimitsTest.Limited.class)
class AbuseLimitsTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.rate-limit.enabled", "true", "app.rate-limit.requests-per-second", "0.5",
                    "app.rate-limit.burst", "3", "app.rate-limit.trust-forwarded-for", "true");
        }
    }

    /** The proxy appends the address it received from; what is left of it the client wrote. */
    private static int specialties(String claimed, String client) {
        return given().header("X-Forwarded-For", claimed + ", " + client).when().get("/api/v1/specialties")
                .then().extract().statusCode();
    }

    private static int specialties(String client) {
        return specialties("10.0.0.1", client);
    }

    @Test
    void addressesTheClientMakesUpDoNotEscapeTheLimit() {
        for (int i = 0; i < 3; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(200, specialties("10.9.9." + i, "192.0.2.50"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(429, specialties("10.9.9.200", "192.0.2.50"));
    }

    @Test
    void theClientIsTheAddressTheTrustedProxiesAdded() {
        java.util.List<String> headers = java.util.List.of("6.6.6.6, 192.0.2.1", "10.0.0.2");
        org.junit.jupiter.api.Assertions.assertEquals("10.0.0.2", RequestLimits.forwardedClient(headers, 1));
        org.junit.jupiter.api.Assertions.assertEquals("192.0.2.1", RequestLimits.forwardedClient(headers, 2));
        org.junit.jupiter.api.Assertions.assertEquals("6.6.6.6", RequestLimits.forwardedClient(headers, 9));
        org.junit.jupiter.api.Assertions.assertNull(RequestLimits.forwardedClient(java.util.List.of(" , "), 1));
    }

    @Test
    void theClientTableIsBoundedAndCostsNoScan() {
        RateLimiter limiter = new RateLimiter(new RateLimitConfig() {
            public boolean enabled() {
                return true;
            }

            public double requestsPerSecond() {
                return 1;
            }

            public int burst() {
                return 1;
            }

            public boolean trustForwardedFor() {
                return true;
            }

            public int trustedHops() {
                return 1;
            }

            public int maxClients() {
                return 1000;
            }
        });
        long start = System.nanoTime();
        for (int i = 0; i < 200_000; i++) {
            limiter.acquire("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertEquals(1000, limiter.clients());
        org.junit.jupiter.api.Assertions.assertTrue(millis < 5_000, "200 000 made-up clients took " + millis + " ms");
        // A client seen recently is still limited: it was not forgotten for the newcomers.
        org.junit.jupiter.api.Assertions.assertTrue(limiter.acquire("10.3.13.63") > 0);
    }

    @Test
    void aClientPastItsLimitGets429WithoutHurtingOthers() {
        for (int i = 0; i < 3; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(200, specialties("203.0.113.7"));
        }
        given().filter(OpenApiContract.exchange()).header("X-Forwarded-For", "10.0.0.1, 203.0.113.7")
                .when().get("/api/v1/specialties").then().statusCode(429)
                .contentType(startsWith("application/problem+json")).header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/too-many-requests"));
        org.junit.jupiter.api.Assertions.assertEquals(200, specialties("198.51.100.20"));
    }

    @Test
    void aBodyOverTheLimitGets413() {
        String big = "{\"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"padding\": \"" + "x".repeat(70_000) + "\"}";
        given().filter(OpenApiContract.response()).header("X-Forwarded-For", "192.0.2.99").contentType("application/json")
                .body(big).when().post("/api/v1/simulations").then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(413));
    }
}
