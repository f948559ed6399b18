package fr.assistantmedical.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without its database the service says so: not ready, 503 on contracts, simulations still served. */
@QuarkusTest
@TestProfile(DatabaseDownTest.NoDatabase.class)
class DatabaseDownTest {

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:1/none",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none");
        }
    }

    @Test
    void readinessIsDown() {
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void contractsAnswer503AndSimulationsStillWork() {
        given().auth().oauth2(TestTokens.agent("751")).when().get("/api/v1/contracts").then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/database-unavailable"));
        given().contentType("application/json")
                .body("{\"asOf\": \"2025-03-01\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"patientsMt\": 1200}")
                .when().post("/api/v1/simulations").then().statusCode(200);
    }
}
