package fr.assistantmedical.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What ops rely on: probes, metrics and request ids. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void probesTellTheTruth() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("rulebook", "database", "token-verification-key"));
    }

    @Test
    void businessAndHttpMetricsAreScraped() {
        given().contentType("application/json")
                .body("{\"asOf\": \"2025-03-01\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"patientsMt\": 1200}")
                .when().post("/api/v1/simulations").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("aide_simulations_total{option=\"HALF_TIME\"}"))
                .body(containsString("aide_eligibility_total{status=\"ELIGIBLE\"}"))
                .body(containsString("aide_contracts{status=\"ACTIVE\"}"))
                .body(containsString("http_server_requests_seconds_count{method=\"POST\""));
    }

    @Test
    void everyAnswerCarriesARequestId() {
        given().header("X-Request-Id", "partner-42").when().get("/api/v1/version").then()
                .header("X-Request-Id", "partner-42");
        given().header("X-Request-Id", "<script>").when().get("/api/v1/version").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
