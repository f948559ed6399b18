package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

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
}
