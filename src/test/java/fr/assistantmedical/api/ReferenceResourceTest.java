package fr.assistantmedical.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    void specialtiesHaveTheirFrenchLabels() {
        given().filter(OpenApiContract.exchange())
                .when().get("/api/v1/specialties")
                .then().statusCode(200)
                .body("$", hasSize(26))
                .body("code", hasItems("MEDECINE_GENERALE", "PEDIATRIE", "ORL", "CHIRURGIE_UROLOGIQUE",
                        "ANATOMO_CYTOPATHOLOGIE", "GYNECOLOGIE_OBSTETRIQUE"))
                .body("find { it.code == 'MEDECINE_GENERALE' }.label", equalTo("Médecine générale"));
    }

    @Test
    void everyAmountOfTheRulebookShowsItsSource() {
        JsonPath rulebook = given().filter(OpenApiContract.exchange())
                .when().get("/api/v1/rulebook")
                .then().statusCode(200)
                .body("regimes.code", equalTo(List.of("AVENANT_7_2019", "REGLEMENT_ARBITRAL_2023", "CONVENTION_2024")))
                .body("regimes[0].until", equalTo("2023-04-30"))
                .body("regimes[1].until", equalTo("2024-06-21"))
                .body("regimes[2].from", equalTo("2024-06-22"))
                .extract().jsonPath();
        List<Map<String, Object>> parameters = rulebook.getList("parameters");
        int amounts = 0;
        for (Map<String, Object> parameter : parameters) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> values = (List<Map<String, Object>>) parameter.get("values");
            assertFalse(values.isEmpty(), parameter.get("name") + " has a history");
            for (Map<String, Object> value : values) {
                if (parameter.get("name").toString().startsWith("amounts.") && value.get("value") != null) {
                    amounts++;
                    @SuppressWarnings("unchecked")
                    Map<String, Object> source = (Map<String, Object>) value.get("source");
                    assertNotNull(source, parameter.get("name") + " from " + value.get("from") + " has a source");
                    assertTrue(source.get("url").toString().startsWith("https://"), source.toString());
                    assertNotNull(value.get("certainty"));
                } else if (parameter.get("name").toString().startsWith("amounts.")) {
                    assertNotNull(value.get("note"), parameter.get("name") + " from " + value.get("from")
                            + " says why its amount is unknown");
                }
                if (value.get("value") != null) {
                    assertNotNull(value.get("source"), parameter.get("name") + " has a source");
                    assertNotNull(value.get("verified"), parameter.get("name") + " has a verification date");
                }
            }
        }
        assertTrue(amounts >= 44, "3 options x 5 rows x 3 regimes, less the third time's year 1 of 2024, found " + amounts);
    }
}
