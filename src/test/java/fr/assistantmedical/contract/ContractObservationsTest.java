package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What was observed of contracts that did not follow the law, each as a test over HTTP. (Contract
 * years from the hire, observation 7, are tested on the contract rules with a rulebook that says so:
 * TransitionsTest.)
 */
@QuarkusTest
@ExtendWith(AsAgent.class)
class ContractObservationsTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static ValidatableResponse send(String method, String path, String body) {
        return given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(body).when()
                .request(method, path).then();
    }

    private static ValidatableResponse get(String path) {
        return given().filter(OpenApiContract.exchange()).when().get(path).then().statusCode(200);
    }

    /** An avenant 7 GP contract, half time, band P50-P70: the rules have no objective for it. */
    private static String withoutObjective(String rpps, String signedOn) {
        return """
                {"asOf": "%s", "rpps": "%s", "cpamCode": "751", "specialty": "MEDECINE_GENERALE", "sector": "1",
                 "patientsMt": 1200, "patientsFileActive": 1800, "percentileBand": "P50_P70", "groupPractice": true,
                 "option": "HALF_TIME"}""".formatted(signedOn, rpps);
    }

    private static String activated(String body, String signedOn) {
        String id = Contracts.sign(body).getString("id");
        send("POST", "/api/v1/contracts/" + id + "/transitions", "{\"action\": \"ACTIVATE\", \"effectiveDate\": \""
                + signedOn + "\"}").statusCode(200);
        return "/api/v1/contracts/" + id;
    }

    @Test
    void observation1AnObjectiveToSetIsSaidAndTheCpamSetsIt() {
        clock.set(LocalDate.parse("2021-06-01"));
        String path = activated(withoutObjective(Contracts.rpps(), "2021-06-01"), "2021-06-01");
        get(path).body("objective.toSet", equalTo(true)).body("objective.patientsMt", nullValue())
                .body("warnings.code", hasItem("OBJECTIVE_TO_SET"))
                .body("warnings.find { it.code == 'OBJECTIVE_TO_SET' }.message", startsWith("Objectif à fixer"));
        get(path + "/status").body("objectiveToSet", equalTo(true)).body("warnings.code", hasItem("OBJECTIVE_TO_SET"));

        clock.set(LocalDate.parse("2024-06-10"));
        send("POST", path + "/reviews", "{\"contractYear\": 3, \"patientsMt\": 1300, \"patientsFileActive\": 1900}")
                .statusCode(409).body("type", equalTo("/problems/objective-unknown"));
        send("PUT", path + "/objective", "{\"patientsMt\": 1425, \"patientsFileActive\": 1980, "
                + "\"reason\": \"Objectif fixé au point d'échange\"}").statusCode(200)
                .body("objective.toSet", equalTo(false)).body("objective.patientsMt.target", equalTo(1425));
        send("POST", path + "/reviews", "{\"contractYear\": 3, \"patientsMt\": 1300, \"patientsFileActive\": 1980}")
                .statusCode(201).body("years[2].amountDue", equalTo(4666.67f));
        // Once checked, the objective is no longer corrected.
        send("PUT", path + "/objective", "{\"patientsMt\": 1400}").statusCode(409)
                .body("type", equalTo("/problems/objective-locked"));
        given().when().get(path + "/events").then().body("find { it.type == 'OBJECTIVE_SET' }.reason",
                equalTo("Objectif fixé au point d'échange"));
    }

    @Test
    void observation2OneRunningContractPerDoctorAndNoSignatureInTheFuture() {
        String rpps = Contracts.rpps();
        String first = Contracts.sign(Contracts.gp2024(rpps, "2025-03-01")).getString("id");
        send("POST", "/api/v1/contracts", Contracts.gp2024(rpps, "2025-03-01")).statusCode(409)
                .body("type", equalTo("/problems/doctor-engaged")).body("contractId", equalTo(first))
                .body("detail", startsWith("Le médecin est déjà engagé sur cette période par le contrat " + first));
        clock.set(LocalDate.parse("2025-03-01"));
        send("POST", "/api/v1/contracts", Contracts.gp2024(Contracts.rpps(), "2030-03-01")).statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
    }

    @Test
    void observation3NoAidWithoutAnAssistantAndAContractNeverActivatedLapses() {
        clock.set(LocalDate.parse("2021-06-01"));
        String path = "/api/v1/contracts/" + Contracts.sign(withoutObjective(Contracts.rpps(), "2021-06-01"))
                .getString("id");
        clock.set(LocalDate.parse("2026-06-05"));
        get(path).body("status", equalTo("LAPSED")).body("endsOn", equalTo("2026-05-31"))
                .body("allowedActions.size()", equalTo(0)).body("totals.aidCeiling", equalTo(0.0f));
        send("POST", path + "/reviews", "{\"contractYear\": 1, \"patientsMt\": 1300, \"patientsFileActive\": 1900}")
                .statusCode(409).body("type", equalTo("/problems/not-activated"));
        send("POST", path + "/payments", "{\"contractYear\": 1, \"amount\": 100, \"paidOn\": \"2026-06-01\", "
                + "\"reference\": \"V1\"}").statusCode(409).body("type", equalTo("/problems/not-activated"));
        send("POST", path + "/transitions", "{\"action\": \"RENEW\"}").statusCode(409)
                .body("type", equalTo("/problems/invalid-transition")).body("currentStatus", equalTo("LAPSED"));
        given().when().get(path + "/events").then().body("type", equalTo(java.util.List.of("SIGNED", "LAPSED")));
    }

    @Test
    void observation4AYearIsReviewedOnceEndedCorrectedWithAReasonAndPaidNotInTheFuture() {
        clock.set(LocalDate.parse("2025-03-01"));
        String path = activated(Contracts.gp2024(Contracts.rpps(), "2025-03-01"), "2025-03-01");
        clock.set(LocalDate.parse("2026-09-01"));
        send("POST", path + "/reviews", "{\"contractYear\": 2, \"patientsMt\": 1250, \"patientsFileActive\": 1850}")
                .statusCode(400).body("violations[0].field", equalTo("contractYear"))
                .body("violations[0].message", equalTo("l'année 2 se termine le 28 février 2027 : elle pourra être "
                        + "revue à partir du 1er mars 2027"));
        send("POST", path + "/payments", "{\"contractYear\": 1, \"amount\": 100, \"paidOn\": \"2026-09-02\", "
                + "\"reference\": \"V1\"}").statusCode(400).body("violations[0].field", equalTo("paidOn"));
        clock.set(LocalDate.parse("2028-03-05"));
        String review = "{\"contractYear\": 3, \"patientsMt\": 1300, \"patientsFileActive\": 1900";
        send("POST", path + "/reviews", review + "}").statusCode(201).body("years[2].amountDue", equalTo(11000.0f));
        send("POST", path + "/payments", "{\"contractYear\": 3, \"amount\": 11000, \"paidOn\": \"2028-03-04\", "
                + "\"reference\": \"V3\"}").statusCode(201);
        send("POST", path + "/reviews", review.replace("1300", "1250") + "}").statusCode(409)
                .body("type", equalTo("/problems/review-exists"));
        // 50 of the 100 MT patients: half of 11 000 € is due; 5 500 € were paid too much.
        send("POST", path + "/reviews", review.replace("1300", "1250") + ", \"correctionReason\": \"Doublons\"}")
                .statusCode(201)
                .body("years[2].amountDue", equalTo(5500.0f))
                .body("years[2].overpaid", equalTo(5500.0f))
                .body("totals.overpaid", equalTo(5500.0f))
                .body("warnings.find { it.code == 'OVERPAID' }.message", equalTo("Année 3 : 11\u00a0000,00\u00a0€ "
                        + "versés pour 5\u00a0500,00\u00a0€ dus, soit un trop-versé de 5\u00a0500,00\u00a0€."));
        given().when().get(path + "/events").then().body("find { it.type == 'REVIEW_CORRECTED' }.reason",
                equalTo("Doublons"));
    }

    @Test
    void observation5TheScheduleStopsAtTheEndAndASuspensionStopsTheAid() {
        clock.set(LocalDate.parse("2025-09-01"));
        String path = activated(Contracts.gp2024(Contracts.rpps(), "2025-09-01"), "2025-09-01");
        clock.set(LocalDate.parse("2026-10-01"));
        send("POST", path + "/transitions", "{\"action\": \"SUSPEND\", \"effectiveDate\": \"2026-09-01\", "
                + "\"reason\": \"Absence longue\"}").statusCode(200);
        send("POST", path + "/transitions", "{\"action\": \"RESUME\", \"effectiveDate\": \"2026-10-01\"}")
                .statusCode(200).body("years[1].daysDue", equalTo(365 - 30));
        send("POST", path + "/transitions", "{\"action\": \"TERMINATE\", \"initiator\": \"DOCTOR\", "
                + "\"effectiveDate\": \"2027-02-02\", \"reason\": \"Départ\"}").statusCode(200);
        // Year 2 runs from 2026-09-01 to the end, 2027-02-02: 155 days, 30 of them suspended.
        get(path + "/status").body("nextAnniversary", nullValue()).body("endsOn", equalTo("2027-02-02"))
                .body("currentContractYear", equalTo(2))
                .body("total.maxAid", equalTo(33000.0f))
                // 19 000 € + 14 000 € × 125 / 365 = 4 794,52 €
                .body("currentYear.aidCeiling", equalTo(4794.52f))
                .body("total.aidCeiling", equalTo(23794.52f))
                .body("warnings.code", hasItem("PRORATED"));
        get(path).body("years.size()", equalTo(2)).body("years[1].to", equalTo("2027-02-02"))
                .body("years[1].daysDue", equalTo(125)).body("years[1].yearDays", equalTo(365));
    }

    @Test
    void observation6MoneyIsExactAndRoundedOnce() {
        clock.set(LocalDate.parse("2021-06-01"));
        String path = activated(withoutObjective(Contracts.rpps(), "2021-06-01"), "2021-06-01");
        send("PUT", path + "/objective", "{\"patientsMt\": 1425}").statusCode(200);
        clock.set(LocalDate.parse("2024-06-01"));
        // 10 500 € × 100/225: 4 666,67 €, not 4 666,20 € from a rate rounded to 0,4444 first.
        send("POST", path + "/reviews", "{\"contractYear\": 3, \"patientsMt\": 1300}").statusCode(201)
                .body("years[2].amountDue", equalTo(4666.67f)).body("years[2].review.achievement", equalTo(0.4444f));
    }

    @Test
    void observation8ProblemsSpeakFrenchAndNotEligibleReasonsAreReasons() {
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01").replace("MEDECINE_GENERALE", "RADIOLOGIE"))
                .when().post("/api/v1/contracts").then().statusCode(422)
                .body("detail", equalTo("Le médecin n'est pas éligible au 1er mars 2025."))
                .body("reasons[0].code", equalTo("SPECIALTY_EXCLUDED"))
                .body("reasons[0].outcome", equalTo("NOT_MET"))
                .body("reasons[0].source.url", startsWith("https://"));
        String path = "/api/v1/contracts/" + Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01"))
                .getString("id");
        send("POST", path + "/transitions", "{\"action\": \"RESUME\", \"effectiveDate\": \"2025-03-02\"}")
                .statusCode(409).body("detail", equalTo("Le contrat est signé, en attente de l'embauche ; actions "
                        + "possibles : activer, résilier."));
    }
}
