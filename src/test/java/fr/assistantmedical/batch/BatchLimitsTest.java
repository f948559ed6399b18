package fr.assistantmedical.batch;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Nothing one line of a batch contains, however long or odd, ends the batch or fills the memory. */
@QuarkusTest
class BatchLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = "{\"asOf\": \"2025-03-01\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\","
            + " \"patientsMt\": 1000, \"patientsFileActive\": 1500}";

    private static String[] send(String contentType, String body) {
        return given().auth().oauth2(TestTokens.partner("logiciel-a")).contentType(contentType)
                .accept("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/simulations/batch")
                .then().statusCode(200).extract().asString().split("\n");
    }

    @Test
    void oddLinesGetTheirErrorAndTheOthersTheirResult() throws Exception {
        String longLine = "{\"specialty\": \"" + "A".repeat(300_000) + "\", \"sector\": \"1\"}";
        String body = String.join("\n", GOOD, longLine, GOOD,
                "{\"asOf\": \"+999999999-12-31\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\"}",
                "{\"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"ccamShare\": 1E-10000000}",
                "{\"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"sector\": \"2\"}",
                "{\"specialty\": \"MEDECINE_GENERALE\u0000\", \"sector\": \"1\"}",
                "{\"specialty\": \"" + "B".repeat(20_000) + "\", \"sector\": \"1\"}",
                GOOD) + "\n";
        String[] lines = send("application/x-ndjson", body);
        assertEquals(10, lines.length, "nine lines and the summary");
        for (int i : new int[] {0, 2, 8}) {
            assertEquals("ELIGIBLE", JSON.readTree(lines[i]).path("status").asText(), lines[i]);
        }
        assertEquals("line", JSON.readTree(lines[1]).at("/error/violations/0/field").asText());
        assertEquals("asOf", JSON.readTree(lines[3]).at("/error/violations/0/field").asText());
        assertEquals("ccamShare", JSON.readTree(lines[4]).at("/error/violations/0/field").asText());
        assertEquals("sector", JSON.readTree(lines[5]).at("/error/violations/0/field").asText());
        assertEquals("specialty", JSON.readTree(lines[6]).at("/error/violations/0/field").asText());
        assertEquals("specialty", JSON.readTree(lines[7]).at("/error/violations/0/field").asText());
        for (String line : lines) {
            assertTrue(line.length() < 2_000, "no input value is echoed whole: " + line.length());
        }
        JsonNode summary = JSON.readTree(lines[9]).path("summary");
        assertEquals(9, summary.path("lines").asLong());
        assertEquals(6, summary.path("errors").asLong());
    }

    @Test
    void aLongCsvLineIsSkippedAndTheBatchGoesOn() throws Exception {
        String good = "2025-03-01,MEDECINE_GENERALE,1,1000,1500";
        String body = "asOf,specialty,sector,patientsMt,patientsFileActive\n" + good + "\n"
                + "2025-03-01,\"" + "x".repeat(200_000) + "\",1,1000,1500\n"
                + "+999999999-12-31,MEDECINE_GENERALE,1,1000,1500\n"
                + "2025-03-01,MEDECINE_GENERALE,1,1000,1500,1E-10000000\n"
                + "2025-03-01,MEDECINE_GENERALE,1,1E-10000000,1500\n"
                + good + "\n";
        String[] lines = send("text/csv", body);
        assertEquals(7, lines.length);
        assertEquals("ELIGIBLE", JSON.readTree(lines[0]).path("status").asText());
        assertEquals("line", JSON.readTree(lines[1]).at("/error/violations/0/field").asText());
        assertEquals("asOf", JSON.readTree(lines[2]).at("/error/violations/0/field").asText());
        assertEquals("line", JSON.readTree(lines[3]).at("/error/violations/0/field").asText());
        assertEquals("patientsMt", JSON.readTree(lines[4]).at("/error/violations/0/field").asText());
        assertEquals("ELIGIBLE", JSON.readTree(lines[5]).path("status").asText());
        assertEquals(6, JSON.readTree(lines[6]).at("/summary/lines").asLong());
    }

    @Test
    void aCsvShareWithAHugeExponentIsAnErrorLine() throws Exception {
        String[] lines = send("text/csv", "asOf,specialty,sector,ccamShare\n2025-03-01,CHIRURGIE_VISCERALE,1,1E-10000000\n"
                + "2025-03-01,CHIRURGIE_VISCERALE,1,0.12345\n2025-03-01,CHIRURGIE_VISCERALE,1,0.1234\n");
        assertEquals("ccamShare", JSON.readTree(lines[0]).at("/error/violations/0/field").asText());
        assertEquals("ccamShare", JSON.readTree(lines[1]).at("/error/violations/0/field").asText());
        assertTrue(JSON.readTree(lines[2]).path("error").isMissingNode(), lines[2]);
    }
}
