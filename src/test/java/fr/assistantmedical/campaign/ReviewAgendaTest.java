package fr.assistantmedical.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.TestClock;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The « points d'échange annuels » coming for a CPAM, from the contracts' own tables. */
@QuarkusTest
@ExtendWith(AsAgent.class)
class ReviewAgendaTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aContractYearEndingSoonIsOnTheAgendaUntilItIsReviewed() {
        clock.set(LocalDate.parse("2025-03-01"));
        String id = Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).getString("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);

        clock.set(LocalDate.parse("2026-02-10"));
        Map<String, Object> entry = entry(agenda("P30D"), id);
        assertEquals(1, entry.get("contractYear"));
        assertEquals("2026-03-01", entry.get("reviewDue"));
        assertEquals(19, entry.get("daysUntil"));
        assertEquals("ACTIVE", entry.get("status"));
        assertEquals(Map.of("setBy", "CPAM", "patientsMt", 1300, "patientsFileActive", 1900),
                without(entry.get("objective")));
        assertEquals(Map.of("patientsMt", 1200, "patientsFileActive", 1800), entry.get("atSignature"));
        assertNull(entry.get("lastReview"));
        assertNull(entry(agenda("P10D"), id), "not within 10 days");
        given().filter(OpenApiContract.exchange()).header("Authorization", "Bearer " + TestTokens.agent("931"))
                .queryParam("within", "P30D").when().get("/api/v1/reviews/agenda").then().statusCode(200);

        clock.set(LocalDate.parse("2026-03-02"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"contractYear\": 1, \"patientsMt\": 1250, \"patientsFileActive\": 1850}")
                .when().post("/api/v1/contracts/" + id + "/reviews").then().statusCode(201);
        clock.set(LocalDate.parse("2026-02-10"));
        assertNull(entry(agenda("P30D"), id), "reviewed");
        clock.set(LocalDate.parse("2027-02-20"));
        Map<String, Object> next = entry(agenda("P30D"), id);
        assertEquals(2, next.get("contractYear"));
        assertEquals(Map.of("contractYear", 1, "reviewedOn", "2026-03-02", "patientsMt", 1250,
                "patientsFileActive", 1850), next.get("lastReview"));
    }

    @Test
    void theWindowIsAPeriodOfDays() {
        for (String bad : List.of("PT48H", "P400D", "P0D", "-P3D", "trente")) {
            given().filter(OpenApiContract.response()).queryParam("within", bad)
                    .when().get("/api/v1/reviews/agenda").then().statusCode(400)
                    .body("violations[0].field", equalTo("within"));
        }
    }

    private static JsonPath agenda(String within) {
        return given().filter(OpenApiContract.exchange()).queryParam("within", within)
                .when().get("/api/v1/reviews/agenda").then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(JsonPath agenda, String contractId) {
        List<Map<String, Object>> entries = agenda.getList("entries");
        return entries.stream().filter(e -> contractId.equals(e.get("contractId"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> without(Object objective) {
        Map<String, Object> copy = new java.util.HashMap<>((Map<String, Object>) objective);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
