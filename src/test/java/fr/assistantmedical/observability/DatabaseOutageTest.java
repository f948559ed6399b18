package fr.assistantmedical.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.ProxiedDatabase;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while the service runs (the TCP proxy in front of PostgreSQL stops): the
 * pod stays ready and the simulator keeps answering, contract calls answer 503 at once, the
 * management port and the gauge say the database is down; when it is back, contracts work again.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindAProxy.class)
class DatabaseOutageTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedDatabase.class), new TestResourceEntry(TestTokens.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    private static final String SIMULATION =
            "{\"asOf\": \"2025-03-01\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"patientsMt\": 1200}";

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void theSimulatorOutlivesTheDatabase() {
        String agent = TestTokens.agent(AsAgent.CPAM);
        String id = given().auth().oauth2(agent).contentType("application/json")
                .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01"))
                .when().post("/api/v1/contracts").then().statusCode(201).extract().path("id");

        ProxiedDatabase.proxy().stop();
        try {
            given().when().get(management + "health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().contentType("application/json").body(SIMULATION).when().post("/api/v1/simulations")
                    .then().statusCode(200);
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(agent).when().get("/api/v1/contracts/" + id + "/status")
                        .then().statusCode(503).time(lessThan(2000L))
                        .contentType(startsWith("application/problem+json"))
                        .header("Retry-After", notNullValue())
                        .body("type", equalTo("/problems/database-unavailable"));
            }
            given().when().get(management + "health/well").then().statusCode(503)
                    .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"));
            await(() -> metrics().contains("aide_database_up 0.0"), "aide_database_up 0 while the database is away");
            given().when().get(management + "health/ready").then().statusCode(200);
        } finally {
            ProxiedDatabase.proxy().start();
        }

        await(() -> given().auth().oauth2(agent).when().get("/api/v1/contracts/" + id + "/status")
                .then().extract().statusCode() == 200, "contracts answer again once the database is back");
        await(() -> metrics().contains("aide_database_up 1.0"), "aide_database_up 1 once the database is back");
        given().when().get(management + "health/well").then().statusCode(200)
                .body(containsString("\"database\""));
    }

    private String metrics() {
        return given().when().get(management + "metrics").then().statusCode(200).extract().asString();
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
