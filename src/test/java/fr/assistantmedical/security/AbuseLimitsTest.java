package fr.assistantmedical.security;

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

    private static int specialties(String client) {
        return given().header("X-Forwarded-For", client + ", 10.0.0.1").when().get("/api/v1/specialties")
                .then().extract().statusCode();
    }

    @Test
    void aClientPastItsLimitGets429WithoutHurtingOthers() {
        for (int i = 0; i < 3; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(200, specialties("203.0.113.7"));
        }
        given().filter(OpenApiContract.exchange()).header("X-Forwarded-For", "203.0.113.7")
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
