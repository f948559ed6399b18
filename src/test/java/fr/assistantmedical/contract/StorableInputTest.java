package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every text is checked against what the database can keep, at the edge: a 400 naming it, or a 401 for a token. */
@QuarkusTest
class StorableInputTest {

    private static String agent() {
        return TestTokens.agent(AsAgent.CPAM);
    }

    private static String activeContract() {
        String id = given().auth().oauth2(agent()).contentType("application/json")
                .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).when().post("/api/v1/contracts")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(agent()).contentType("application/json")
                .body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    @Test
    void aNulCharacterInATextIsA400NamingIt() {
        String id = activeContract();
        String base = "/api/v1/contracts/" + id;
        given().auth().oauth2(agent()).contentType("application/json")
                .body("{\"contractYear\": 1, \"amount\": 10, \"paidOn\": \"2025-04-01\", \"reference\": \"V\\u0000-1\"}")
                .when().post(base + "/payments").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("violations.field", hasItem("reference"));
        given().auth().oauth2(agent()).contentType("application/json")
                .body("{\"contractYear\": 1, \"patientsMt\": 1300, \"difficulties\": \"a\\u0000b\"}")
                .when().post(base + "/reviews").then().statusCode(400).body("violations.field", hasItem("difficulties"));
        given().auth().oauth2(agent()).contentType("application/json")
                .body("{\"action\": \"SUSPEND\", \"effectiveDate\": \"2025-05-01\", \"reason\": \"x\\u0000\"}")
                .when().post(base + "/transitions").then().statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(agent()).contentType("application/json")
                .body("{\"action\": \"SUSPEND\", \"effectiveDate\": \"2025-05-01\", \"reason\": \"x\\u001b[31m\"}")
                .when().post(base + "/transitions").then().statusCode(400).body("violations.field", hasItem("reason"));
        // Line ends and tabs are text.
        given().auth().oauth2(agent()).contentType("application/json")
                .body("{\"contractYear\": 1, \"amount\": 10, \"paidOn\": \"2025-04-01\", \"reference\": \"V-1\"}")
                .when().post(base + "/payments").then().statusCode(201);
    }

    @Test
    void anIdempotencyKeyOfTwoHundredCharactersIsKept() {
        String key = "k".repeat(200);
        String body = Contracts.gp2024(Contracts.rpps(), "2025-03-01");
        String first = given().auth().oauth2(agent()).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(agent()).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post("/api/v1/contracts").then().statusCode(201).body("id", equalTo(first))
                .header("Idempotent-Replayed", "true");
        given().auth().oauth2(agent()).header("Idempotency-Key", "k".repeat(201)).contentType("application/json")
                .body(body).when().post("/api/v1/contracts").then().statusCode(400)
                .body("violations.field", hasItem("Idempotency-Key"));
    }

    @Test
    void aTokenWhoseSubjectCannotBeRecordedIsRefused() {
        for (String subject : new String[] {"a".repeat(121), "agent\u0000751", "agent\n751"}) {
            String token = TestTokens.sign(TestTokens.claims(subject, "cpam-agent").claim("cpam", AsAgent.CPAM));
            given().auth().oauth2(token).contentType("application/json")
                    .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).when().post("/api/v1/contracts")
                    .then().statusCode(401).contentType(startsWith("application/problem+json"));
        }
        String longest = TestTokens.sign(TestTokens.claims("a".repeat(120), "cpam-agent").claim("cpam", AsAgent.CPAM));
        given().auth().oauth2(longest).contentType("application/json")
                .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).when().post("/api/v1/contracts")
                .then().statusCode(201);
    }

    @Test
    void claimsAreReadAsJsonValues() {
        // "7\"51" is not CPAM 751.
        String quoted = TestTokens.sign(TestTokens.claims("agent-q", "cpam-agent").claim("cpam", "7\"51"));
        given().auth().oauth2(quoted).contentType("application/json")
                .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).when().post("/api/v1/contracts")
                .then().statusCode(403);
    }
}
