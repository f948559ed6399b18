package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.TestClock;
import fr.assistantmedical.support.AsAgent;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole life of a contract over HTTP: sign, activate, five reviews, payments, expiry, renewal. */
@QuarkusTest
@ExtendWith(AsAgent.class)
class ContractLifecycleTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static ValidatableResponse post(String path, String body, Object version) {
        return given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"").body(body)
                .when().post(path).then();
    }

    private static JsonPath review(String id, long version, int year, int mt, int fa) {
        return post("/api/v1/contracts/" + id + "/reviews", """
                {"contractYear": %d, "patientsMt": %d, "patientsFileActive": %d,
                 "difficulties": "Recrutement long, locaux à agrandir"}""".formatted(year, mt, fa), version)
                .statusCode(201).extract().jsonPath();
    }

    @Test
    void signActivateReviewFiveYearsExpireAndRenew() {
        clock.set(LocalDate.parse("2020-01-15"));
        JsonPath signed = Contracts.sign(Contracts.avenant7Gp(Contracts.rpps(), "2020-01-15"));
        String id = signed.getString("id");
        assertEquals("SIGNED", signed.getString("status"));
        assertEquals("AVENANT_7_2019", signed.getString("regime"));
        assertEquals(List.of(12000.0f, 9000.0f, 7000.0f, 7000.0f, 7000.0f), signed.getList("years.maxAid"));
        assertEquals(Map.of("start", 700, "target", 840, "increase", 140), without(signed.getMap("objective.patientsMt")));
        assertEquals("RULEBOOK", signed.getString("objective.setBy"));

        clock.set(LocalDate.parse("2020-02-10"));
        JsonPath active = post("/api/v1/contracts/" + id + "/transitions",
                "{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2020-01-15\"}", 0)
                .statusCode(200).header("ETag", "\"1\"").extract().jsonPath();
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals("2020-01-15", active.getString("assistantHiredOn"));

        clock.set(LocalDate.parse("2021-01-20"));
        JsonPath year1 = review(id, 1, 1, 760, 1400);
        assertEquals(12000.0f, year1.getFloat("years[0].amountDue"));
        assertEquals(2, year1.getInt("version"));
        post("/api/v1/contracts/" + id + "/payments",
                "{\"contractYear\": 1, \"amount\": 8400, \"paidOn\": \"2021-01-18\", \"reference\": \"VIR-2021-001\"}", 2)
                .statusCode(201).body("yearAmountPaid", equalTo(8400.0f)).body("contractVersion", equalTo(3));
        post("/api/v1/contracts/" + id + "/payments",
                "{\"contractYear\": 1, \"amount\": 3600.01, \"paidOn\": \"2021-01-19\", \"reference\": \"VIR-2021-002\"}", 3)
                .statusCode(409).body("type", equalTo("/problems/payment-exceeds-aid"));
        post("/api/v1/contracts/" + id + "/payments",
                "{\"contractYear\": 1, \"amount\": 3600, \"paidOn\": \"2021-01-19\", \"reference\": \"VIR-2021-002\"}", 3)
                .statusCode(201).body("yearAmountPaid", equalTo(12000.0f));

        clock.set(LocalDate.parse("2022-01-20"));
        assertEquals(9000.0f, review(id, 4, 2, 800, 1500).getFloat("years[1].amountDue"));

        clock.set(LocalDate.parse("2023-01-20"));
        JsonPath year3 = review(id, 5, 3, 840, 1560);
        assertEquals(7000.0f, year3.getFloat("years[2].amountDue"));
        assertEquals(1.0f, year3.getFloat("years[2].review.achievement"));

        clock.set(LocalDate.parse("2023-06-01"));
        given().filter(OpenApiContract.exchange()).when().get("/api/v1/contracts/" + id + "/status")
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("currentContractYear", equalTo(4))
                .body("nextAnniversary", equalTo("2024-01-15"))
                .body("patientsMt.latest", equalTo(840))
                .body("patientsMt.progress", equalTo(1.0f))
                .body("total.amountDue", equalTo(28000.0f))
                .body("total.amountPaid", equalTo(12000.0f));

        clock.set(LocalDate.parse("2024-01-20"));
        JsonPath year4 = review(id, 6, 4, 820, 1560);
        // 120 of the 140 MT patients (0.8571 shown), all FA patients: 7 000 € × 120 / 140, exactly.
        assertEquals(0.8571f, year4.getFloat("years[3].review.achievementMt"));
        assertEquals(6000.00f, year4.getFloat("years[3].amountDue"));
        assertEquals(true, year4.getBoolean("years[3].review.provisional"));

        // The last year is reviewed once over: the contract has expired meanwhile.
        clock.set(LocalDate.parse("2025-01-15"));
        given().filter(OpenApiContract.exchange()).when().get("/api/v1/contracts/" + id)
                .then().statusCode(200).header("ETag", "\"8\"")
                .body("status", equalTo("EXPIRED"))
                .body("endsOn", equalTo("2025-01-14"))
                .body("allowedActions", equalTo(List.of("RENEW")));
        assertEquals(3500.0f, review(id, 8, 5, 770, 1430).getFloat("years[4].amountDue"));
        given().filter(OpenApiContract.exchange()).when().get("/api/v1/contracts/" + id)
                .then().statusCode(200).header("ETag", "\"9\"")
                .body("totals.amountDue", equalTo(37500.00f));

        JsonPath renewed = post("/api/v1/contracts/" + id + "/transitions", """
                {"action": "RENEW", "reason": "Renouvellement à l'échéance",
                 "renewal": {"option": "HALF_TIME", "patientsMt": 900, "patientsFileActive": 1500,
                             "percentileBand": "P30_P50",
                             "objectiveTargets": {"patientsMt": 1000, "patientsFileActive": 1600}}}""", 9)
                .statusCode(201).header("Location", notNullValue()).extract().jsonPath();
        assertEquals(id, renewed.getString("previousContractId"));
        assertEquals("SIGNED", renewed.getString("status"));
        assertEquals("2025-01-15", renewed.getString("signedOn"));
        assertEquals("CONVENTION_2024", renewed.getString("regime"));
        // The aid is « pérenne »: a renewed contract continues at the year-3+ amounts (renewal.amountsFromYear).
        assertEquals(List.of(11000.0f, 11000.0f, 11000.0f, 11000.0f, 11000.0f), renewed.getList("years.maxAid"));
        assertEquals("CPAM", renewed.getString("objective.setBy"));

        given().when().get("/api/v1/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("RENEWED"))
                .body("renewedById", equalTo(renewed.getString("id")));

        List<Map<String, Object>> events = given().filter(OpenApiContract.exchange())
                .when().get("/api/v1/contracts/" + id + "/events")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("SIGNED", "ACTIVATED", "REVIEWED", "PAYMENT_RECORDED", "PAYMENT_RECORDED", "REVIEWED",
                "REVIEWED", "REVIEWED", "EXPIRED", "REVIEWED", "RENEWED"), events.stream().map(e -> e.get("type")).toList());
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> after = state(events.get(i), "after");
            assertEquals(i, ((Number) after.get("version")).intValue(), "event " + i + " moves to version " + i);
            if (i > 0) {
                assertEquals(state(events.get(i - 1), "after"), state(events.get(i), "before"), "event " + i);
            }
        }
        assertEquals("system", events.get(8).get("actor"));
        given().when().get("/api/v1/contracts/" + renewed.getString("id") + "/events").then().statusCode(200)
                .body("type", equalTo(List.of("SIGNED")))
                .body("[0].before", nullValue())
                .body("[0].reason", equalTo("Renouvellement du contrat " + id));
    }

    @Test
    void suspendResumeAndTerminateByTheDoctorWithNotice() {
        clock.set(LocalDate.parse("2025-03-01"));
        JsonPath signed = Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01"));
        String path = "/api/v1/contracts/" + signed.getString("id") + "/transitions";
        post(path, "{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}", 0).statusCode(200);
        clock.set(LocalDate.parse("2025-09-01"));
        post(path, "{\"action\": \"SUSPEND\", \"effectiveDate\": \"2025-05-02\", \"reason\": \"Arrêt maladie de l'assistante\"}", 1)
                .statusCode(200).body("status", equalTo("SUSPENDED")).body("allowedActions", hasItems("RESUME", "TERMINATE"));
        post(path, "{\"action\": \"SUSPEND\", \"effectiveDate\": \"2025-06-01\", \"reason\": \"encore\"}", 2)
                .statusCode(409).body("type", equalTo("/problems/invalid-transition"))
                .body("currentStatus", equalTo("SUSPENDED"))
                .body("allowedActions", equalTo(List.of("RESUME", "TERMINATE")));
        post(path, "{\"action\": \"RESUME\", \"effectiveDate\": \"2025-08-20\"}", 2).statusCode(200)
                .body("status", equalTo("ACTIVE"));
        post(path, "{\"action\": \"TERMINATE\", \"initiator\": \"DOCTOR\", \"effectiveDate\": \"2025-10-01\", \"reason\": \"Départ\"}", 3)
                .statusCode(400).body("violations[0].field", equalTo("effectiveDate"));
        post(path, "{\"action\": \"TERMINATE\", \"initiator\": \"DOCTOR\", \"effectiveDate\": \"2025-11-01\", \"reason\": \"Départ\"}", 3)
                .statusCode(200).body("status", equalTo("TERMINATED")).body("endsOn", equalTo("2025-11-01"))
                .body("allowedActions", equalTo(List.of()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Map<String, Object> event, String which) {
        return (Map<String, Object>) event.get(which);
    }

    private static Map<String, Object> without(Map<String, Object> target) {
        Map<String, Object> copy = new java.util.HashMap<>(target);
        copy.remove("minimum");
        return copy;
    }
}
