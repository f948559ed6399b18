package fr.assistantmedical.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import fr.assistantmedical.support.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Bad input gets a 400 problem+json naming the field, never a stack trace or a class name. */
@QuarkusTest
class BadInputTest {

    private static ValidatableResponse post(String path, String contentType, String body) {
        return given().filter(OpenApiContract.response()).contentType(contentType).body(body)
                .when().post(path)
                .then().contentType(startsWith("application/problem+json"))
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")))
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("fr.assistantmedical")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            specialty          | {"specialty": "CHIRURGIE_DENTAIRE", "sector": "1"}
            specialty          | {"sector": "1"}
            sector             | {"specialty": "MEDECINE_GENERALE", "sector": "3"}
            sector             | {"specialty": "MEDECINE_GENERALE"}
            patientsMt         | {"specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": -1}
            patientsFileActive | {"specialty": "MEDECINE_GENERALE", "sector": "1", "patientsFileActive": -20}
            patientsMt         | {"specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": "beaucoup"}
            patientsMt         | {"specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 12.5}
            patientsMt         | {"specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 99999999999999}
            asOf               | {"specialty": "MEDECINE_GENERALE", "sector": "1", "asOf": "2019-01-01"}
            asOf               | {"specialty": "MEDECINE_GENERALE", "sector": "1", "asOf": "01/03/2025"}
            asOf               | {"specialty": "MEDECINE_GENERALE", "sector": "1", "asOf": "2025-02-30"}
            ccamShare          | {"specialty": "CHIRURGIE_GENERALE", "sector": "1", "ccamShare": 1.5}
            age                | {"specialty": "MEDECINE_GENERALE", "sector": "1", "age": 7}
            optam              | {"specialty": "MEDECINE_GENERALE", "sector": "2", "optam": "peut-être"}
            percentileBand     | {"specialty": "MEDECINE_GENERALE", "sector": "1", "percentileBand": "P10_P20"}
            option             | {"specialty": "MEDECINE_GENERALE", "sector": "1", "option": "TWO_THIRDS"}
            installedOn        | {"specialty": "MEDECINE_GENERALE", "sector": "1", "asOf": "2025-01-01", "installedOn": "2025-06-01"}
            patientMt          | {"specialty": "MEDECINE_GENERALE", "sector": "1", "patientMt": 1000}
            """)
    void aBadFieldIsNamed(String field, String body) {
        post("/api/v1/simulations", "application/json", body).statusCode(400)
                .body("status", equalTo(400))
                .body("type", equalTo("/problems/validation"))
                .body("title", equalTo("Requête invalide"))
                .body("violations.field", hasItem(field))
                .body("detail", containsString(field));
    }

    @Test
    void everyViolationIsListed() {
        // The request's own field checks first (by field name), then those only the rulebook can make.
        post("/api/v1/eligibility", "application/json",
                "{\"specialty\": \"X\", \"sector\": \"1\", \"patientsMt\": -1, \"asOf\": \"2010-01-01\"}")
                .statusCode(400)
                .body("violations.field", equalTo(java.util.List.of("patientsMt", "specialty", "asOf")));
        for (String path : java.util.List.of("/api/v1/eligibility", "/api/v1/simulations")) {
            post(path, "application/json", "{\"specialty\": \"X\", \"sector\": \"3\", \"age\": 7, \"ccamShare\": 1.5,"
                    + " \"asOf\": \"2010-01-01\", \"installedOn\": \"2011-01-01\"}")
                    .statusCode(400)
                    .body("violations.field", equalTo(java.util.List.of("age", "ccamShare", "sector", "specialty", "asOf",
                            "installedOn")))
                    .body("detail", containsString("age"))
                    .body("detail", containsString("installedOn"));
        }
        // A field named by its own check is not named again by the rulebook's.
        post("/api/v1/eligibility", "application/json", "{\"specialty\": \"\", \"sector\": \"1\"}")
                .statusCode(400)
                .body("violations.field", equalTo(java.util.List.of("specialty")));
        post("/api/v1/eligibility", "application/json",
                "{\"specialty\": \"X\", \"sector\": \"1\", \"asOf\": \"2010-01-01\"}")
                .statusCode(400)
                .body("violations.field", equalTo(java.util.List.of("specialty", "asOf")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"specialty\": ", "not json", "[1, 2]", "null", ""})
    void unreadableBodies(String body) {
        post("/api/v1/eligibility", "application/json", body).statusCode(400).body("status", equalTo(400));
    }

    @Test
    void wrongContentType() {
        post("/api/v1/simulations", "text/plain", "specialty=MEDECINE_GENERALE").statusCode(415)
                .body("status", equalTo(415));
    }

    @Test
    void unknownPathAndMethod() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        given().contentType(ContentType.JSON).body("{}").when().delete("/api/v1/simulations").then().statusCode(405)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(405));
    }
}
