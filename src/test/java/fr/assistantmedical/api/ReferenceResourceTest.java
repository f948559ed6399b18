package fr.assistantmedical.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.support.OpenApiContract;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.junit.jupiter.api.function.Executable;
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

    /** The page's form comes from here: the labels of rules/Option and the questions of rules/Questions. */
    @Test
    void theFormGivesTheOptionLabelsAndTheQuestionsPeriodByPeriod() {
        JsonPath form = given().filter(OpenApiContract.exchange())
                .when().get("/api/v1/form")
                .then().statusCode(200)
                .header("Cache-Control", containsString("max-age=300"))
                .body("firstDate", equalTo("2019-08-21"))
                .body("options.code", equalTo(List.of("THIRD_TIME", "HALF_TIME", "FULL_TIME", "SECOND_HALF_TIME",
                        "SECOND_FULL_TIME")))
                .body("periods[0].from", equalTo("2019-08-21"))
                .body("periods[0].options", equalTo(List.of("THIRD_TIME", "HALF_TIME", "FULL_TIME")))
                .body("periods[0].questions.input", hasItems("optam", "groupPractice", "priorityZone"))
                .body("periods[-1].until", equalTo(null))
                .body("periods[-1].secondOptions", equalTo(List.of("SECOND_HALF_TIME", "SECOND_FULL_TIME")))
                .body("periods[-1].questions.find { it.input == 'ccamShare' }.specialties", hasItems("CHIRURGIE_VISCERALE"))
                .extract().jsonPath();
        for (Option option : Option.values()) {
            assertEquals(option.label(), form.getString("options.find { it.code == '" + option + "' }.label"));
        }
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

    /** Every dated value of the bundled rulebook file is served as written: date, value, certainty, source. */
    @Test
    void theRulebookIsServedAsWritten() throws IOException {
        JsonNode file;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("rulebook/rulebook.yaml")) {
            file = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        JsonNode served = new ObjectMapper().readTree(given().when().get("/api/v1/rulebook").then().statusCode(200)
                .extract().asString());
        assertEquals(file.path("parameters").size(), served.path("parameters").size(), "parameters served");
        List<Executable> checks = new ArrayList<>();
        for (JsonNode parameter : file.path("parameters")) {
            String name = parameter.path("name").asText();
            JsonNode got = null;
            for (JsonNode p : served.path("parameters")) {
                if (p.path("name").asText().equals(name)) {
                    got = p;
                }
            }
            JsonNode servedParameter = got;
            checks.add(() -> assertNotNull(servedParameter, name + " is served"));
            if (servedParameter == null) {
                continue;
            }
            checks.add(() -> assertEquals(parameter.path("values").size(), servedParameter.path("values").size(),
                    name + " values"));
            for (int i = 0; i < Math.min(parameter.path("values").size(), servedParameter.path("values").size()); i++) {
                JsonNode want = parameter.path("values").get(i);
                JsonNode value = servedParameter.path("values").get(i);
                String what = name + " from " + want.path("from").asText();
                checks.add(() -> assertEquals(want.path("from").asText(), value.path("from").asText(), what));
                checks.add(() -> assertSameValue(want.path("value"), value.path("value"), what));
                if (want.has("source")) {
                    checks.add(() -> assertEquals(want.path("source").asText(), value.path("source").path("id").asText(),
                            what + " source"));
                    checks.add(() -> assertEquals(want.path("certainty").asText(), value.path("certainty").asText(),
                            what + " certainty"));
                }
            }
        }
        // A few values read in the sources themselves, so that the file and the service cannot drift together.
        checks.add(() -> assertSameValue(19000, served, "amounts.HALF_TIME.year1", "2024-06-22")); // ameli 2024
        checks.add(() -> assertSameValue(38000, served, "amounts.FULL_TIME.year1", "2024-06-22")); // ameli 2024
        checks.add(() -> assertSameValue(7000, served, "amounts.THIRD_TIME.year3Plus", "2019-08-21")); // avenant 7
        checks.add(() -> assertSameValue(775, served, "percentiles.MEDECINE_GENERALE.MT.P30", "2024-06-22")); // Mesdocs
        checks.add(() -> assertSameValue(640, served, "percentiles.MEDECINE_GENERALE.MT.P30", "2019-08-21")); // reagjir
        checks.add(() -> assertSameValue(0.20, served, "objectives.increase.THIRD_TIME.P30_P50", "2019-08-21"));
        assertAll(checks);
    }

    private static void assertSameValue(double expected, JsonNode served, String name, String from) {
        for (JsonNode p : served.path("parameters")) {
            for (JsonNode v : p.path("values")) {
                if (p.path("name").asText().equals(name) && v.path("from").asText().equals(from)) {
                    assertEquals(0, BigDecimal.valueOf(expected).compareTo(v.path("value").decimalValue()),
                            name + " from " + from + ": " + v.path("value"));
                    return;
                }
            }
        }
        throw new AssertionError(name + " from " + from + " is not served");
    }

    private static void assertSameValue(JsonNode want, JsonNode got, String what) {
        if (want.isNumber() && got.isNumber()) {
            assertEquals(0, want.decimalValue().compareTo(got.decimalValue()), what + ": " + want + " / " + got);
        } else if (want.isNull() || want.isMissingNode()) {
            assertTrue(got.isNull() || got.isMissingNode(), what + " is unknown: " + got);
        } else {
            assertEquals(want.toString(), got.toString(), what);
        }
    }
}
