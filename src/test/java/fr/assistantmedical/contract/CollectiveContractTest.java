package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.TestClock;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Collective contracts in the contract lifecycle: signature of the group, exclusivity with individual
 * contracts both ways, the waiting period after a collective contract ends, the group's reviews.
 */
@QuarkusTest
@ExtendWith(AsAgent.class)
class CollectiveContractTest {

    private static final String CONTRACTS = "/api/v1/collective/contracts";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Three GPs, MT 700 / 800 / 900, asking 2 ETP. */
    private static String group(String asOf, String a, String b, String c) {
        return """
                {"cpamCode": "751", "companyId": "123456789", "asOf": "%s", "structureType": "SCM", "etp": 2,
                 "members": [
                   {"rpps": "%s", "specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 700, "patientsFileActive": 1100, "particularPractice": false},
                   {"rpps": "%s", "specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 800, "patientsFileActive": 1200, "particularPractice": false},
                   {"rpps": "%s", "specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 900, "patientsFileActive": 1300, "particularPractice": false}]}
                """.formatted(asOf, a, b, c);
    }

    private static ValidatableResponse post(String path, String body) {
        return given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    @Test
    void aMemberHoldingAnIndividualContractBlocksTheGroupUntilItIsTerminated() {
        clock.set(LocalDate.parse("2026-03-02"));
        String a = Contracts.rpps();
        String b = Contracts.rpps();
        String c = Contracts.rpps();
        String individual = Contracts.sign(Contracts.gp2024(b, "2025-03-01")).getString("id");
        post("/api/v1/contracts/" + individual + "/transitions",
                "{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}").statusCode(200);

        post(CONTRACTS, group("2026-03-02", a, b, c)).statusCode(409)
                .body("type", equalTo("/problems/doctor-engaged"))
                .body("rpps", equalTo(b)).body("contractId", equalTo(individual))
                .body("engagement", equalTo("INDIVIDUAL")).body("detail", containsString(b));

        post("/api/v1/contracts/" + individual + "/transitions", """
                {"action": "TERMINATE", "initiator": "CPAM", "effectiveDate": "2026-03-02",
                 "reason": "Passage au contrat collectif du cabinet"}""").statusCode(200)
                .body("status", equalTo("TERMINATED"));
        clock.set(LocalDate.parse("2026-03-03"));
        post(CONTRACTS, group("2026-03-03", a, b, c)).statusCode(201)
                .body("status", equalTo("SIGNED")).body("regime", equalTo("COLLECTIF_2026"))
                .body("years.maxAid", equalTo(List.of(76000.00f, 56000.00f, 44000.00f, 44000.00f, 44000.00f)))
                .body("totalMaxAid", equalTo(264000.00f))
                .body("objective.patientsMt.start", equalTo(2400)).body("objective.patientsMt.target", equalTo(2920))
                .body("objective.patientsFileActive.target", equalTo(3820))
                .body("allowedActions", hasItems("ACTIVATE", "TERMINATE"));
    }

    @Test
    void aMemberCannotSignAloneDuringTheContractNorForTwoYearsAfterItsEnd() {
        clock.set(LocalDate.parse("2026-04-01"));
        String a = Contracts.rpps();
        String id = post(CONTRACTS, group("2026-04-01", a, Contracts.rpps(), Contracts.rpps())).statusCode(201)
                .extract().path("id");

        clock.set(LocalDate.parse("2026-06-01"));
        post("/api/v1/contracts", Contracts.gp2024(a, "2026-06-01")).statusCode(409)
                .body("contractId", equalTo(id)).body("engagement", equalTo("COLLECTIVE"));

        post(CONTRACTS + "/" + id + "/transitions", """
                {"action": "TERMINATE", "effectiveDate": "2026-09-30", "reason": "Dissolution de la SCM"}""")
                .statusCode(200).body("status", equalTo("TERMINATED")).body("endsOn", equalTo("2026-09-30"));

        clock.set(LocalDate.parse("2028-09-30"));
        post("/api/v1/contracts", Contracts.gp2024(a, "2028-09-30")).statusCode(409)
                .body("engagement", equalTo("COLLECTIVE")).body("detail", containsString("carence"));
        clock.set(LocalDate.parse("2028-10-01"));
        post("/api/v1/contracts", Contracts.gp2024(a, "2028-10-01")).statusCode(201);
    }

    @Test
    void aRetriedSignatureReturnsTheContractFirstSigned() {
        clock.set(LocalDate.parse("2026-05-05"));
        String body = group("2026-05-05", Contracts.rpps(), Contracts.rpps(), Contracts.rpps());
        String key = "cle-" + UUID.randomUUID();
        String first = given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).when().post(CONTRACTS).then().statusCode(201)
                .extract().path("id");
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post(CONTRACTS).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body.replace("\"etp\": 2", "\"etp\": 1")).when().post(CONTRACTS).then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void twoGroupsCannotShareADoctor() {
        clock.set(LocalDate.parse("2026-05-04"));
        String shared = Contracts.rpps();
        String first = post(CONTRACTS, group("2026-05-04", shared, Contracts.rpps(), Contracts.rpps())).statusCode(201)
                .extract().path("id");
        post(CONTRACTS, group("2026-05-04", Contracts.rpps(), Contracts.rpps(), shared)).statusCode(409)
                .body("rpps", equalTo(shared)).body("contractId", equalTo(first));
    }

    @Test
    void theGroupIsReviewedOnItsTotalsAndProratedFromYear3() {
        clock.set(LocalDate.parse("2026-03-02"));
        String id = post(CONTRACTS, group("2026-03-02", Contracts.rpps(), Contracts.rpps(), Contracts.rpps()))
                .statusCode(201).extract().path("id");
        post(CONTRACTS + "/" + id + "/transitions", "{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2026-03-02\"}")
                .statusCode(200).body("status", equalTo("ACTIVE")).body("currentYear", equalTo(1));
        post(CONTRACTS + "/" + id + "/reviews", "{\"contractYear\": 1, \"patientsMt\": 2500, \"patientsFileActive\": 3650}")
                .statusCode(400).body("violations[0].field", equalTo("contractYear"));

        clock.set(LocalDate.parse("2029-03-02"));
        post(CONTRACTS + "/" + id + "/reviews", "{\"contractYear\": 1, \"patientsMt\": 2500, \"patientsFileActive\": 3650}")
                .statusCode(201).body("years[0].review.amountDue", equalTo(76000.00f));
        // Year 3: +260 of +520 MT (1/2), +220 of +220 FA: the lower share prorates the aid.
        post(CONTRACTS + "/" + id + "/reviews", "{\"contractYear\": 3, \"patientsMt\": 2660, \"patientsFileActive\": 3820}")
                .statusCode(201).body("years[2].review.amountDue", equalTo(22000.00f))
                .body("aidDue", equalTo(98000.00f)).body("reviewedYears", equalTo(2));
        post(CONTRACTS + "/" + id + "/reviews", "{\"contractYear\": 3, \"patientsMt\": 2660, \"patientsFileActive\": 3820}")
                .statusCode(200).body("aidDue", equalTo(98000.00f));
        post(CONTRACTS + "/" + id + "/reviews", "{\"contractYear\": 3, \"patientsMt\": 2920, \"patientsFileActive\": 3820}")
                .statusCode(409).body("type", equalTo("/problems/review-exists"));
    }

    @Test
    void anIneligibleGroupCannotSignAndAnotherCpamDoesNotSeeTheContract() {
        clock.set(LocalDate.parse("2026-03-02"));
        post(CONTRACTS, group("2026-03-02", Contracts.rpps(), Contracts.rpps(), Contracts.rpps())
                .replace("\"patientsMt\": 900", "\"patientsMt\": 780")).statusCode(422)
                .body("type", equalTo("/problems/not-eligible")).body("eligibilityStatus", equalTo("NOT_ELIGIBLE"))
                .body("reasons.code", hasItems("AVERAGE_MT_BELOW_FLOOR"));
        post(CONTRACTS, group("2026-03-02", "12345678901", Contracts.rpps(), Contracts.rpps())).statusCode(400)
                .body("violations[0].field", equalTo("members[0].rpps"));
        String id = post(CONTRACTS, group("2026-03-02", Contracts.rpps(), Contracts.rpps(), Contracts.rpps()))
                .statusCode(201).extract().path("id");
        io.restassured.RestAssured.requestSpecification = null;
        given().auth().oauth2(TestTokens.agent("132")).when().get(CONTRACTS + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.agent("751")).when().get(CONTRACTS + "/" + id).then().statusCode(200)
                .body("endsOn", nullValue());
    }

    /** A CPAM agent's walk: sign, activate, suspend, resume, review years 1 to 3, share, read as a partner, end. */
    @Test
    void anAgentFollowsTheContractAndAPartnerReadsItsStatus() {
        clock.set(LocalDate.parse("2026-03-02"));
        String id = post(CONTRACTS, group("2026-03-02", Contracts.rpps(), Contracts.rpps(), Contracts.rpps()))
                .statusCode(201).extract().path("id");
        String one = CONTRACTS + "/" + id;
        post(one + "/transitions", "{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2026-03-02\"}")
                .statusCode(200).body("allowedActions", equalTo(List.of("SUSPEND", "TERMINATE")));
        post(one + "/transitions", "{\"action\": \"RESUME\", \"effectiveDate\": \"2026-03-03\"}").statusCode(409)
                .body("type", equalTo("/problems/invalid-transition"));

        clock.set(LocalDate.parse("2026-09-01"));
        post(one + "/transitions", "{\"action\": \"SUSPEND\", \"effectiveDate\": \"2026-09-01\"}").statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        post(one + "/transitions", "{\"action\": \"SUSPEND\", \"effectiveDate\": \"2026-09-02\", \"reason\": \"Arrêt\"}")
                .statusCode(400).body("violations[0].field", equalTo("effectiveDate"));
        String etag = given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"action\": \"SUSPEND\", \"effectiveDate\": \"2026-09-01\", \"reason\": \"Congé maternité\"}")
                .when().post(one + "/transitions").then().statusCode(200).body("status", equalTo("SUSPENDED"))
                .body("allowedActions", equalTo(List.of("RESUME", "TERMINATE")))
                .body("followUpWarnings[0].code", equalTo("SUSPENDED")).extract().header("ETag");
        assertEquals("\"2\"", etag);

        clock.set(LocalDate.parse("2026-12-01"));
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"action\": \"RESUME\", \"effectiveDate\": \"2026-12-01\"}").when()
                .post(one + "/transitions").then().statusCode(412).contentType("application/problem+json");
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"action\": \"RESUME\", \"effectiveDate\": \"2026-12-01\"}").when()
                .post(one + "/transitions").then().statusCode(200).body("status", equalTo("ACTIVE"));

        clock.set(LocalDate.parse("2029-03-02"));
        // Year 1: 91 days suspended of 365, no aid for them: 76 000 × 274 / 365.
        post(one + "/reviews", "{\"contractYear\": 1, \"patientsMt\": 2500, \"patientsFileActive\": 3650}")
                .statusCode(201).body("years[0].review.amountDue", equalTo(57052.05f));
        post(one + "/reviews", "{\"contractYear\": 2, \"patientsMt\": 2600, \"patientsFileActive\": 3700}")
                .statusCode(201).body("years[1].review.amountDue", equalTo(56000.00f))
                .body("followUpWarnings.code", equalTo(List.of("SUSPENDED")));
        // Year 3: the group's MT total fell below its start (2 400): a warning, not an end.
        post(one + "/reviews", "{\"contractYear\": 3, \"patientsMt\": 2300, \"patientsFileActive\": 3820}")
                .statusCode(201).body("status", equalTo("ACTIVE"))
                .body("followUpWarnings.code", equalTo(List.of("SUSPENDED", "PATIENTELE_DROP")))
                .body("followUpWarnings[1].message", containsString("sous son niveau de départ (2400)"));

        io.restassured.RestAssured.requestSpecification = null;
        String partner = TestTokens.partner("logiciel-b");
        given().auth().oauth2(partner).when().get(one + "/status").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent("751")).when().put(one + "/grants/LOGICIEL-B").then().statusCode(204);
        given().auth().oauth2(TestTokens.agent("751")).when().put(one + "/grants/LOGICIEL-B").then().statusCode(204);
        given().filter(OpenApiContract.exchange()).header("Authorization", "Bearer " + partner).when()
                .get(one + "/status").then()
                .statusCode(200).header("ETag", "\"6\"").body("status", equalTo("ACTIVE"))
                .body("currentContractYear", equalTo(4)).body("nextAnniversary", equalTo("2030-03-02"))
                .body("allowedActions", equalTo(List.of("SUSPEND", "TERMINATE")))
                .body("patientsMt.start", equalTo(2400)).body("patientsMt.target", equalTo(2920))
                .body("patientsMt.latest", equalTo(2300)).body("patientsMt.progress", equalTo(0.0f))
                .body("total.amountDue", equalTo(113052.05f)).body("total.maxAid", equalTo(264000.00f))
                .body("warnings.code", hasItems("SUSPENDED", "PATIENTELE_DROP")).body("provisional", equalTo(true));
        given().auth().oauth2(partner).when().get(one).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner("logiciel-c")).when().get(one + "/status").then().statusCode(404);
        given().auth().oauth2(TestTokens.agent("132")).when().put(one + "/grants/logiciel-c").then().statusCode(404);
        given().auth().oauth2(TestTokens.agent("751")).when().delete(one + "/grants/logiciel-b").then().statusCode(204);
        given().auth().oauth2(partner).when().get(one + "/status").then().statusCode(404);

        given().filter(OpenApiContract.exchange()).header("Authorization", "Bearer " + TestTokens.agent("751"))
                .contentType(ContentType.JSON).header("If-Match", "\"6\"")
                .body("{\"action\": \"TERMINATE\", \"effectiveDate\": \"2029-06-30\", \"reason\": \"Baisse de la patientèle\"}")
                .when().post(one + "/transitions").then().statusCode(200).body("status", equalTo("TERMINATED"))
                .body("allowedActions", equalTo(List.of()));
    }

    @Test
    void clientMistakesOnTheNewRoutesAreProblems() {
        clock.set(LocalDate.parse("2026-03-02"));
        String id = post(CONTRACTS, group("2026-03-02", Contracts.rpps(), Contracts.rpps(), Contracts.rpps()))
                .statusCode(201).extract().path("id");
        String one = CONTRACTS + "/" + id;
        given().when().get(CONTRACTS + "/not-a-uuid/status").then().statusCode(400)
                .contentType("application/problem+json");
        given().when().get(CONTRACTS + "/" + UUID.randomUUID() + "/status").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().put(one + "/grants/logiciel!").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("organisation"));
        given().when().put(CONTRACTS + "/" + UUID.randomUUID() + "/grants/logiciel-a").then().statusCode(404);
        given().when().put(one + "/grants/" + "a".repeat(121)).then().statusCode(400);
        mistake(one + "/transitions", "{\"action\": \"RENEW\", \"effectiveDate\": \"2026-03-02\"}").statusCode(400)
                .body("violations[0].field", equalTo("action"));
        post(one + "/transitions", "{\"action\": \"SUSPEND\", \"effectiveDate\": \"2026-03-02\", \"reason\": \"x\"}")
                .statusCode(409).body("type", equalTo("/problems/invalid-transition"));
        mistake(one + "/transitions", "{\"action\": \"SUSPEND\", \"effectiveDate\": \"+999999999-12-31\", \"reason\": \"x\"}")
                .statusCode(400).contentType("application/problem+json");
        post(one + "/transitions", "{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2026-03-02\"}").statusCode(200);
        mistake(one + "/transitions", "{\"action\": \"SUSPEND\", \"effectiveDate\": \"2026-03-02\", \"reason\": \""
                + "x".repeat(2001) + "\"}").statusCode(400).body("violations[0].field", equalTo("reason"));
        given().filter(OpenApiContract.response()).contentType(ContentType.JSON).header("If-Match", "W/\"1\"")
                .body("{\"action\": \"SUSPEND\", \"effectiveDate\": \"2026-03-02\", \"reason\": \"Arrêt\"}")
                .when().post(one + "/transitions").then().statusCode(412).contentType("application/problem+json");
        mistake(one + "/reviews", "{\"contractYear\": 1, \"patientsMt\": 99999999999, \"patientsFileActive\": 1}")
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aDoctorWaitingAfterACollectiveContractCannotRenewAlone() {
        clock.set(LocalDate.parse("2020-01-15"));
        String a = Contracts.rpps();
        String individual = Contracts.sign(Contracts.avenant7Gp(a, "2020-01-15")).getString("id");
        post("/api/v1/contracts/" + individual + "/transitions",
                "{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2020-01-15\"}").statusCode(200);
        // Expired on 14 January 2025; the doctor then joins a group, whose contract ends on 30 September 2026.
        clock.set(LocalDate.parse("2026-03-02"));
        String collective = post(CONTRACTS, group("2026-03-02", a, Contracts.rpps(), Contracts.rpps())).statusCode(201)
                .extract().path("id");
        post(CONTRACTS + "/" + collective + "/transitions", """
                {"action": "TERMINATE", "effectiveDate": "2026-09-30", "reason": "Dissolution de la SCM"}""")
                .statusCode(200);

        clock.set(LocalDate.parse("2028-09-30"));
        post("/api/v1/contracts/" + individual + "/transitions", """
                {"action": "RENEW", "effectiveDate": "2028-09-30", "reason": "Renouvellement",
                 "renewal": {"option": "HALF_TIME", "patientsMt": 900, "patientsFileActive": 1500,
                             "percentileBand": "P30_P50",
                             "objectiveTargets": {"patientsMt": 1000, "patientsFileActive": 1600}}}""")
                .statusCode(409).body("type", equalTo("/problems/doctor-engaged")).body("rpps", equalTo(a))
                .body("contractId", equalTo(collective)).body("engagement", equalTo("COLLECTIVE"))
                .body("detail", containsString("carence"));
    }

    /** A request outside the contract: only its answer is checked against openapi.yaml. */
    private static ValidatableResponse mistake(String path, String body) {
        return given().filter(OpenApiContract.response()).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }
}
