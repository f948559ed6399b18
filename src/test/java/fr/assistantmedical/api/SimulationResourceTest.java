package fr.assistantmedical.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.assistantmedical.support.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SimulationResourceTest {

    private static final String GP = """
            {"asOf": "2025-03-01", "specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 1200,
             "patientsFileActive": 1800, "percentileBand": "P50_P70"}""";

    @Test
    void everyOptionOpenIsSimulatedSideBySide() {
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(GP)
                .when().post("/api/v1/simulations")
                .then().statusCode(200)
                .body("eligibility.status", equalTo("ELIGIBLE"))
                .body("simulations.option", equalTo(java.util.List.of("HALF_TIME", "FULL_TIME")))
                .body("simulations[0].years.contractYear", equalTo(java.util.List.of(1, 2, 3, 4, 5)))
                .body("simulations[0].years.source.url", everyItem(notNullValue()))
                .body("$", not(hasKey("trace")));
    }

    @Test
    void explainGivesTheTraceWithEveryValueRead() {
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(GP)
                .queryParam("explain", true)
                .when().post("/api/v1/simulations")
                .then().statusCode(200)
                .body("trace.size()", greaterThan(10))
                .body("trace.rule", hasItem("eligibility.sector"))
                .body("trace.rule", hasItem("schedule.year3"))
                .body("trace.find { it.rule == 'schedule.year1' }.values[0].parameter",
                        equalTo("amounts.HALF_TIME.year1"))
                .body("trace.find { it.rule == 'schedule.year1' }.values[0].source.url",
                        equalTo("https://www.ameli.fr/medecin/actualites/aide-l-emploi-d-un-assistant-medical-ce-qui-change-des-juin-2024"));
    }

    @Test
    void eligibilityExplainsToo() {
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(GP)
                .queryParam("explain", "true")
                .when().post("/api/v1/eligibility")
                .then().statusCode(200)
                .body("status", equalTo("ELIGIBLE"))
                .body("trace.rule", hasItem("eligibility.activityFloor"))
                .body("reasons.find { it.code == 'SECTOR_ELIGIBLE' }.source.id", equalTo("ameli-2024-revalorisation"));
    }

    @Test
    void theDateDefaultsToTodayInParis() {
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .body("{\"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"patientsMt\": 1200}")
                .when().post("/api/v1/eligibility")
                .then().statusCode(200)
                .body("asOf", equalTo(LocalDate.now(ZoneId.of("Europe/Paris")).toString()))
                .body("regime", equalTo("CONVENTION_2024"));
    }
}
