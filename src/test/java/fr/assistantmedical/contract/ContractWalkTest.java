package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.contract.core.Contract;
import fr.assistantmedical.contract.persistence.ContractReader;
import fr.assistantmedical.contract.persistence.ContractStore;
import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.TestClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A contract walked through its life over HTTP, with its exact figures: sign (2021-06-01, avenant 7,
 * half time, objective not given by the rules), activate (hire 2021-06-15), set the objective, review
 * years 1 to 3, correct year 3, pay, suspend, resume, terminate.
 *
 * <p>Where the rulebook counts contract years from the hire ({@code contract.firstYearStart} = HIRE
 * on the signature date), the calendar starts on 2021-06-15 and the figures are the second column.
 */
@QuarkusTest
@ExtendWith(AsAgent.class)
class ContractWalkTest {

    /** The figures of the walk, for years counted from the signature or from the hire. */
    record Figures(String year1From, String year1Due, String year4To, int year4DaysDue, String year4Ceiling,
            String totalCeiling, String totalDue) {
    }

    private static final Figures FROM_SIGNATURE = new Figures("2021-06-01", "17309.59", "2025-03-10", 192, "5523.29",
            "46832.88", "35476.26");
    private static final Figures FROM_HIRE = new Figures("2021-06-15", "18000.00", "2025-03-10", 178, "5120.55",
            "47120.55", "36166.67");

    @Inject
    TestClock clock;

    @Inject
    ContractStore store;

    @Inject
    ContractReader reader;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static ValidatableResponse send(String method, String path, String body, long version) {
        return given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"").body(body).when().request(method, path).then();
    }

    /** Whether the rulebook in force counts contract years from the hire for a signature on that date. */
    private static boolean yearsFromHire(String signedOn) {
        List<Map<String, Object>> parameters = given().when().get("/api/v1/rulebook").then().statusCode(200)
                .extract().jsonPath().getList("parameters");
        String value = "SIGNATURE";
        for (Map<String, Object> p : parameters) {
            if (p.get("name").equals("contract.firstYearStart")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> values = (List<Map<String, Object>>) p.get("values");
                for (Map<String, Object> v : values) {
                    if (v.get("value") != null && v.get("from").toString().compareTo(signedOn) <= 0) {
                        value = v.get("value").toString();
                    }
                }
            }
        }
        return value.equals("HIRE");
    }

    private static float money(String amount) {
        return Float.parseFloat(amount);
    }

    @Test
    void aContractWalkedThroughItsLifeHasExactFigures() {
        Figures expected = yearsFromHire("2021-06-01") ? FROM_HIRE : FROM_SIGNATURE;
        String rpps = Contracts.rpps();

        clock.set(LocalDate.parse("2021-06-01"));
        JsonPath signed = Contracts.sign("""
                {"asOf": "2021-06-01", "rpps": "%s", "cpamCode": "751", "specialty": "MEDECINE_GENERALE",
                 "sector": "1", "patientsMt": 1200, "patientsFileActive": 1800, "percentileBand": "P50_P70",
                 "groupPractice": true, "option": "HALF_TIME"}""".formatted(rpps));
        String id = signed.getString("id");
        String path = "/api/v1/contracts/" + id;
        assertEquals("AVENANT_7_2019", signed.getString("regime"));
        assertEquals(true, signed.getBoolean("objective.toSet"));
        assertEquals(List.of(18000.0f, 13500.0f, 10500.0f, 10500.0f, 11000.0f), signed.getList("years.maxAid"));
        assertEquals(0.0f, signed.getFloat("totals.aidCeiling"), "nothing is due before the hire");

        clock.set(LocalDate.parse("2021-06-16"));
        send("POST", path + "/transitions", "{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2021-06-15\"}", 0)
                .statusCode(200).body("status", equalTo("ACTIVE"))
                .body("years[0].from", equalTo(expected.year1From()));

        clock.set(LocalDate.parse("2021-07-01"));
        send("PUT", path + "/objective", "{\"patientsMt\": 1425, \"patientsFileActive\": 1980}", 1)
                .statusCode(200).header("ETag", "\"2\"")
                .body("objective.toSet", equalTo(false))
                .body("objective.setBy", equalTo("CPAM"))
                .body("objective.patientsMt.increase", equalTo(225))
                .body("objective.patientsFileActive.increase", equalTo(180))
                .body("warnings.code", not(hasItem("OBJECTIVE_TO_SET")));

        clock.set(LocalDate.parse("2022-06-20"));
        send("POST", path + "/reviews", "{\"contractYear\": 1, \"patientsMt\": 1300, \"patientsFileActive\": 1850}", 2)
                .statusCode(201).body("years[0].amountDue", equalTo(money(expected.year1Due())));
        clock.set(LocalDate.parse("2023-06-20"));
        send("POST", path + "/reviews", "{\"contractYear\": 2, \"patientsMt\": 1320, \"patientsFileActive\": 1900}", 3)
                .statusCode(201).body("years[1].amountDue", equalTo(13500.0f));
        clock.set(LocalDate.parse("2024-06-20"));
        // 150 of the 225 MT patients, every FA patient: 10 500 € × 2/3.
        send("POST", path + "/reviews", "{\"contractYear\": 3, \"patientsMt\": 1350, \"patientsFileActive\": 1980}", 4)
                .statusCode(201).body("years[2].amountDue", equalTo(7000.0f))
                .body("years[2].review.provisional", equalTo(true));

        clock.set(LocalDate.parse("2024-06-25"));
        // Corrected: 100 of 225, so 10 500 € × 100 / 225 = 4 666,666… → 4 666,67 €, rounded once.
        send("POST", path + "/reviews", """
                {"contractYear": 3, "patientsMt": 1300, "patientsFileActive": 1980,
                 "correctionReason": "Patientèle médecin traitant mal saisie"}""", 5)
                .statusCode(201)
                .body("years[2].amountDue", equalTo(4666.67f))
                .body("years[2].review.revision", equalTo(2))
                .body("years[2].review.correctionReason", equalTo("Patientèle médecin traitant mal saisie"))
                .body("years[2].previousReviews[0].amountDue", equalTo(7000.0f));

        clock.set(LocalDate.parse("2024-07-01"));
        long version = 6;
        String[][] payments = {{"1", expected.year1Due()}, {"2", "13500.00"}, {"3", "4666.67"}};
        for (String[] p : payments) {
            send("POST", path + "/payments", "{\"contractYear\": %s, \"amount\": %s, \"paidOn\": \"2024-06-28\", "
                    .formatted(p[0], p[1]) + "\"reference\": \"VIR-" + p[0] + "\"}", version++)
                    .statusCode(201).body("yearAmountPaid", equalTo(money(p[1])));
        }
        send("POST", path + "/payments", "{\"contractYear\": 3, \"amount\": 0.01, \"paidOn\": \"2024-06-28\", "
                + "\"reference\": \"VIR-3b\"}", version).statusCode(409)
                .body("type", equalTo("/problems/payment-exceeds-aid"))
                .body("detail", equalTo("Ce paiement porterait le total versé pour l'année 3 à 4\u00a0666,68\u00a0€, "
                        + "au-delà de l'aide due (4\u00a0666,67\u00a0€)."));

        clock.set(LocalDate.parse("2024-09-10"));
        send("POST", path + "/transitions", "{\"action\": \"SUSPEND\", \"effectiveDate\": \"2024-09-01\", "
                + "\"reason\": \"Arrêt maladie de l'assistante\"}", version++).statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("suspensions[0].to", nullValue());
        clock.set(LocalDate.parse("2024-12-10"));
        send("POST", path + "/transitions", "{\"action\": \"RESUME\", \"effectiveDate\": \"2024-12-01\"}", version++)
                .statusCode(200).body("suspensions[0].to", equalTo("2024-11-30"));

        clock.set(LocalDate.parse("2025-01-10"));
        send("POST", path + "/transitions", "{\"action\": \"TERMINATE\", \"initiator\": \"DOCTOR\", "
                + "\"effectiveDate\": \"2025-03-10\", \"reason\": \"Départ en retraite\"}", version++)
                .statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("endsOn", equalTo("2025-03-10"))
                .body("years.size()", equalTo(4))
                .body("years[3].to", equalTo(expected.year4To()))
                .body("years[3].daysDue", equalTo(expected.year4DaysDue()))
                .body("years[3].aidCeiling", equalTo(money(expected.year4Ceiling())))
                .body("totals.maxAid", equalTo(52500.0f))
                .body("totals.aidCeiling", equalTo(money(expected.totalCeiling())))
                .body("totals.amountDue", equalTo(money(expected.totalDue())))
                .body("totals.amountPaid", equalTo(money(expected.totalDue())))
                .body("totals.overpaid", equalTo(0.0f))
                .body("warnings.code", hasItem("SUSPENDED"))
                .body("warnings.code", hasItem("PRORATED"));

        given().filter(OpenApiContract.exchange()).when().get(path + "/status").then().statusCode(200)
                .header("ETag", "\"" + version + "\"")
                .body("status", equalTo("TERMINATED"))
                .body("currentContractYear", equalTo(4))
                .body("nextAnniversary", nullValue())
                .body("endsOn", equalTo("2025-03-10"))
                .body("patientsMt.latest", equalTo(1300))
                .body("patientsMt.progress", equalTo(0.4444f))
                .body("currentYear.aidCeiling", equalTo(money(expected.year4Ceiling())))
                .body("total.amountDue", equalTo(money(expected.totalDue())));

        List<String> events = given().filter(OpenApiContract.exchange()).when().get(path + "/events").then()
                .statusCode(200).extract().jsonPath().getList("type");
        assertEquals(List.of("SIGNED", "ACTIVATED", "OBJECTIVE_SET", "REVIEWED", "REVIEWED", "REVIEWED",
                "REVIEW_CORRECTED", "PAYMENT_RECORDED", "PAYMENT_RECORDED", "PAYMENT_RECORDED", "SUSPENDED", "RESUMED",
                "TERMINATED"), events);
        assertReadsAgree(UUID.fromString(id));
    }

    /** The one-statement read of the status and the ORM load of a change give the same contract. */
    private void assertReadsAgree(UUID id) {
        try {
            Contract loaded = VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> store.load(id, false))).contract();
            Contract read = VertxContextSupport.subscribeAndAwait(() -> reader.read(id, null)).contract();
            assertEquals(loaded, read);
        } catch (Throwable e) {
            throw new AssertionError("reading the contract " + id, e);
        }
    }
}
