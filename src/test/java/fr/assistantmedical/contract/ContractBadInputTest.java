package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.TestClock;
import fr.assistantmedical.support.AsAgent;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a 400 problem naming the field, and writes nothing. */
@QuarkusTest
@ExtendWith(AsAgent.class)
class ContractBadInputTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static int contractsOf(String rpps) {
        return given().queryParam("rpps", rpps).when().get("/api/v1/contracts").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rpps               | "rpps": "10000000018"
            rpps               | "rpps": "1234"
            specialty          | "specialty": "CHIRURGIE_DENTAIRE"
            patientsMt         | "patientsMt": -5
            patientsFileActive | "patientsFileActive": -1
            cpamCode           | "cpamCode": "75"
            option             | "option": "TWO_THIRDS"
            """)
    void aBadContractIsRefusedAndNothingIsWritten(String field, String override) {
        String rpps = Contracts.rpps();
        String body = Contracts.gp2024(rpps, "2025-03-01")
                .replaceFirst("\"" + override.substring(1, override.indexOf("\"", 1)) + "\": [^,}]+", override);
        given().filter(OpenApiContract.response()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/v1/contracts")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem(field));
        assertEquals(0, contractsOf(rpps));
    }

    @Test
    void aDoctorWhoIsNotEligibleCannotSign() {
        String rpps = Contracts.rpps();
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .body(Contracts.gp2024(rpps, "2025-03-01").replace("\"patientsMt\": 1200", "\"patientsMt\": 500")
                        .replace("\"percentileBand\": \"P50_P70\", ", ""))
                .when().post("/api/v1/contracts")
                .then().statusCode(422).body("type", equalTo("/problems/not-eligible"))
                .body("eligibilityStatus", equalTo("NOT_ELIGIBLE"))
                .body("reasons.code", hasItem("ACTIVITY_FLOOR_NOT_MET"))
                .body("reasons.outcome", everyItem(org.hamcrest.Matchers.not(equalTo("MET"))));
        assertEquals(0, contractsOf(rpps));
    }

    @Test
    void badReviewsAreRefusedAndWriteNothing() {
        clock.set(LocalDate.parse("2025-03-01"));
        String id = Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).getString("id");
        given().contentType(ContentType.JSON).body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
        clock.set(LocalDate.parse("2026-03-05"));
        String reviews = "/api/v1/contracts/" + id + "/reviews";
        // A year that has not started yet.
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .body("{\"contractYear\": 2, \"patientsMt\": 1250, \"patientsFileActive\": 1850}")
                .when().post(reviews).then().statusCode(400).body("violations[0].field", equalTo("contractYear"));
        // Negative counts.
        given().filter(OpenApiContract.response()).contentType(ContentType.JSON)
                .body("{\"contractYear\": 1, \"patientsMt\": -3, \"patientsFileActive\": 1850}")
                .when().post(reviews).then().statusCode(400).body("violations.field", hasItem("patientsMt"));
        // A year beyond the contract.
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .body("{\"contractYear\": 6, \"patientsMt\": 1250, \"patientsFileActive\": 1850}")
                .when().post(reviews).then().statusCode(400).body("violations[0].field", equalTo("contractYear"));
        // A missing count the objective needs.
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .body("{\"contractYear\": 1, \"patientsFileActive\": 1850}")
                .when().post(reviews).then().statusCode(400).body("violations[0].field", equalTo("patientsMt"));
        given().when().get("/api/v1/contracts/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("years[0].review", org.hamcrest.Matchers.nullValue());
        given().when().get("/api/v1/contracts/" + id + "/events").then().body("size()", equalTo(2));
    }

    @Test
    void theSameReviewIsIdempotentAndAnotherOneConflicts() {
        clock.set(LocalDate.parse("2025-03-01"));
        String id = Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).getString("id");
        given().contentType(ContentType.JSON).body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
        clock.set(LocalDate.parse("2026-03-01"));
        String review = "{\"contractYear\": 1, \"patientsMt\": 1250, \"patientsFileActive\": 1850, \"difficulties\": \"aucune\"}";
        String path = "/api/v1/contracts/" + id + "/reviews";
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(review).when().post(path)
                .then().statusCode(201).body("years[0].amountDue", equalTo(19000.0f));
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(review).when().post(path)
                .then().statusCode(200).header("ETag", "\"2\"");
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .body(review.replace("1250", "1260")).when().post(path)
                .then().statusCode(409).body("type", equalTo("/problems/review-exists"));
        given().when().get("/api/v1/contracts/" + id + "/events").then().body("size()", equalTo(3));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() {
        String id = Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).getString("id");
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions")
                .then().statusCode(412).body("currentVersion", equalTo(0));
    }

    @Test
    void unknownContractsAnswer404AndMalformedIds400() {
        given().filter(OpenApiContract.exchange()).when().get("/api/v1/contracts/" + UUID.randomUUID())
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        // An id that is no UUID names no contract: a 400 naming it, as openapi.yaml says.
        given().filter(OpenApiContract.response()).when().get("/api/v1/contracts/not-a-uuid").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("violations[0].field", equalTo("id"));
    }

    @Test
    void listingPagesWithACursor() {
        // One doctor, three contracts one after the other: each ended by the CPAM before the next.
        String rpps = Contracts.rpps();
        for (String month : new String[] {"06", "07", "08"}) {
            String id = Contracts.sign(Contracts.gp2024(rpps, "2023-" + month + "-01")).getString("id");
            if (!month.equals("08")) {
                given().contentType(ContentType.JSON).body("{\"action\": \"TERMINATE\", \"initiator\": \"CPAM\", "
                        + "\"effectiveDate\": \"2023-" + month + "-20\", \"reason\": \"Contrat refait\"}")
                        .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
            }
        }
        String cursor = given().filter(OpenApiContract.exchange()).queryParam("rpps", rpps).queryParam("limit", 2)
                .when().get("/api/v1/contracts").then().statusCode(200).body("items.size()", equalTo(2))
                .extract().path("nextCursor");
        given().filter(OpenApiContract.exchange()).queryParam("rpps", rpps).queryParam("limit", 2)
                .queryParam("cursor", cursor).when().get("/api/v1/contracts").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", org.hamcrest.Matchers.nullValue());
        given().filter(OpenApiContract.response()).queryParam("cursor", "%%%").when().get("/api/v1/contracts")
                .then().statusCode(400).body("violations[0].field", equalTo("cursor"));
        given().queryParam("status", "SIGNED").queryParam("specialty", "MEDECINE_GENERALE").queryParam("cpam", "751")
                .when().get("/api/v1/contracts").then().statusCode(200).body("items.status", org.hamcrest.Matchers
                        .everyItem(equalTo("SIGNED")));
    }
}
