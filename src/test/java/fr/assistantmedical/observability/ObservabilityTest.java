package fr.assistantmedical.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.PostgresDatabase;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** What ops rely on: probes and metrics on the management port, request ids. */
@QuarkusTest
class ObservabilityTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void probesTellTheTruth() {
        given().when().get(management + "health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management + "health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management + "health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("rulebook", "token-verification-key"));
        given().when().get(management + "health/well").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("database"));
    }

    @Test
    void healthAndMetricsAreNotOnTheApiPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/well", "/q/metrics"}) {
            given().when().get(path).then().statusCode(404).body(not(containsString("public-key")));
        }
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/simulations"));
        given().when().get(management + "openapi").then().statusCode(404);
    }

    @Test
    void businessAndHttpMetricsAreScraped() {
        given().contentType("application/json")
                .body("{\"asOf\": \"2025-03-01\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"patientsMt\": 1200}")
                .when().post("/api/v1/simulations").then().statusCode(200)
                .body("eligibility.status", equalTo("ELIGIBLE"));
        given().when().get(management + "metrics").then().statusCode(200)
                .body(containsString("aide_simulations_total{option=\"HALF_TIME\"}"))
                .body(containsString("aide_database_up 1.0"))
                .body(containsString("aide_eligibility_total{status=\"ELIGIBLE\"}"))
                .body(containsString("aide_contracts{status=\"ACTIVE\"}"))
                .body(containsString("http_server_requests_seconds_count{method=\"POST\""));
    }

    @Test
    void contractsByStatusMatchTheDatabase() throws Exception {
        given().header("Authorization", "Bearer " + TestTokens.agent(AsAgent.CPAM)).contentType("application/json")
                .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01"))
                .when().post("/api/v1/contracts").then().statusCode(201);
        long inDatabase = signedInDatabase();
        // Refreshed every second in tests: wait for the count that includes this signature.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        double scraped = -1;
        while (System.nanoTime() < deadline && scraped != inDatabase) {
            Thread.sleep(200);
            Matcher m = SIGNED.matcher(given().when().get(management + "metrics").then().statusCode(200).extract().asString());
            scraped = m.find() ? Double.parseDouble(m.group(1)) : -1;
        }
        assertEquals(inDatabase, scraped, "aide_contracts{status=\"SIGNED\"} against the database");
    }

    private static final Pattern SIGNED = Pattern.compile("(?m)^aide_contracts\\{status=\"SIGNED\"\\} (\\S+)$");

    private static long signedInDatabase() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection c = PostgresDatabase.connect(url);
                ResultSet rs = c.createStatement()
                        .executeQuery("select count(*) from contract where status = 'SIGNED'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyAnswerCarriesARequestId() {
        given().header("X-Request-Id", "partner-42").when().get("/api/v1/version").then()
                .header("X-Request-Id", "partner-42");
        given().header("X-Request-Id", "<script>").when().get("/api/v1/version").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
