package fr.assistantmedical.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Started without any database: ready to serve the simulator, and saying where the database stands. */
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

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readyWhileTheDatabaseIsShownDown() {
        given().when().get(management + "health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management + "health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management + "health/well").then().statusCode(503)
                .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'database' }.data.error", endsWith("ConnectException"));
    }
}
