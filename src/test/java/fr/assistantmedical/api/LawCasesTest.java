package fr.assistantmedical.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.assistantmedical.support.LawCases;
import fr.assistantmedical.support.LawCases.LawCase;
import fr.assistantmedical.support.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the law cases of src/test/resources/law-cases against the HTTP API: the wiring, the
 * serialisation, the OpenAPI contract of every exchange and the texts for people. The same cases
 * run on the engine alone in {@link EngineLawCasesTest}, with the same comparison ({@link LawCases}).
 */
@QuarkusTest
class LawCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<LawCase> cases() {
        return LawCases.cases();
    }

    @Test
    void thereAreEnoughCasesAndEachCitesItsSource() {
        List<LawCase> cases = cases().toList();
        assertTrue(cases.size() >= 40, "at least 40 law cases, found " + cases.size());
        for (LawCase c : cases) {
            assertFalse(c.body().path("source").asText().isBlank(), c + " cites no source");
            assertTrue(c.body().has("expect"), c + " expects nothing");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lawCase(LawCase c) throws IOException {
        int status = c.status();
        String response = given().filter(status == 200 ? OpenApiContract.exchange() : OpenApiContract.response())
                .contentType(ContentType.JSON).body(JSON.writeValueAsString(c.request()))
                .when().post("/api/v1/" + c.endpoint() + "?explain=true")
                .then().statusCode(status).extract().asString();
        assertAll(c.toString(), LawCases.checks(c, JSON.readTree(response)));
    }
}
