package fr.assistantmedical.batch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import fr.assistantmedical.support.LawCases;
import fr.assistantmedical.support.LawCases.LawCase;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A batch gives, line for line and in order, what single simulations give; bad lines do not stop it. */
@QuarkusTest
class BatchSimulationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SPECIALTIES = {"MEDECINE_GENERALE", "MEDECINE_GENERALE", "MEDECINE_GENERALE",
        "PEDIATRIE", "CARDIOLOGIE", "CHIRURGIE_VISCERALE", "ORL", "RADIOLOGIE"};
    private static final String[] BANDS = {null, "P30_P50", "P50_P70", "P70_P90", "P90_P95", "P95_PLUS"};

    /** Varied profiles across regimes, specialties, sectors and options. */
    static List<ObjectNode> profiles(int count) {
        Random random = new Random(20261122);
        List<ObjectNode> profiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode p = JSON.createObjectNode();
            p.put("asOf", java.time.LocalDate.parse("2019-09-01").plusDays(random.nextInt(2600)).toString());
            p.put("specialty", SPECIALTIES[random.nextInt(SPECIALTIES.length)]);
            p.put("sector", random.nextInt(5) == 0 ? "2" : "1");
            if (p.get("sector").asText().equals("2")) {
                p.put("optam", random.nextBoolean());
            }
            p.put("patientsMt", 500 + random.nextInt(1800));
            p.put("patientsFileActive", 900 + random.nextInt(2500));
            if (random.nextBoolean()) {
                p.put("ccamShare", random.nextInt(40) / 100.0);
            }
            String band = BANDS[random.nextInt(BANDS.length)];
            if (band != null) {
                p.put("percentileBand", band);
            }
            if (random.nextInt(3) == 0) {
                p.put("groupPractice", random.nextBoolean());
                p.put("priorityZone", random.nextBoolean());
            }
            if (random.nextInt(4) == 0) {
                p.put("age", 40 + random.nextInt(30));
            }
            if (random.nextInt(3) == 0) {
                p.put("option", new String[] {"THIRD_TIME", "HALF_TIME", "FULL_TIME"}[random.nextInt(3)]);
            }
            profiles.add(p);
        }
        return profiles;
    }

    private static String token() {
        return TestTokens.partner("logiciel-a");
    }

    @Test
    void eachLineEqualsTheSingleSimulation() throws Exception {
        List<ObjectNode> profiles = profiles(300);
        StringBuilder body = new StringBuilder();
        profiles.forEach(p -> body.append(p).append('\n'));
        String answer = given().auth().oauth2(token()).contentType("application/x-ndjson").body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/simulations/batch")
                .then().statusCode(200).contentType(startsWith("application/x-ndjson")).extract().asString();
        String[] lines = answer.split("\n");
        assertEquals(profiles.size() + 1, lines.length);
        for (int i = 0; i < profiles.size(); i++) {
            JsonNode line = JSON.readTree(lines[i]);
            JsonNode single = JSON.readTree(given().contentType("application/json").body(profiles.get(i).toString())
                    .when().post("/api/v1/simulations").then().statusCode(200).extract().asString());
            assertEquals(i + 1, line.get("line").asInt(), "order");
            assertSame(single, line, "line " + (i + 1) + " " + profiles.get(i));
        }
        JsonNode summary = JSON.readTree(lines[lines.length - 1]).get("summary");
        assertEquals(300, summary.get("lines").asInt());
        assertEquals(0, summary.get("errors").asInt());
    }

    /** The law cases, sent as one batch, hold on the figures a batch line carries. */
    @Test
    void theLawCasesHoldInABatch() throws Exception {
        List<LawCase> cases = LawCases.cases()
                .filter(c -> c.endpoint().equals("simulations") && c.status() == 200).toList();
        assertTrue(cases.size() >= 30, "law cases of the simulations: " + cases.size());
        StringBuilder body = new StringBuilder();
        cases.forEach(c -> body.append(c.request()).append('\n'));
        String[] lines = given().auth().oauth2(token()).contentType("application/x-ndjson")
                .body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/simulations/batch").then().statusCode(200).extract().asString().split("\n");
        assertEquals(cases.size() + 1, lines.length);
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            LawCase c = cases.get(i);
            JsonNode line = JSON.readTree(lines[i]);
            LawCase batchable = new LawCase(c.file(), c.name(), JSON.createObjectNode().put("endpoint", "simulations")
                    .set("expect", batchable(c.expect())));
            checks.add(() -> assertAll(c.toString(), LawCases.checks(batchable, answer(line))));
        }
        assertAll(checks);
    }

    /** What a case expects among the figures a batch line carries. */
    private static JsonNode batchable(JsonNode expect) {
        ObjectNode kept = JSON.createObjectNode();
        for (String key : List.of("status", "regime", "options", "missingInputs", "provisional")) {
            if (expect.has(key)) {
                kept.set(key, expect.get(key));
            }
        }
        if (expect.has("simulations")) {
            ObjectNode simulations = kept.putObject("simulations");
            expect.get("simulations").fields().forEachRemaining(o -> {
                ObjectNode option = simulations.putObject(o.getKey());
                for (String key : List.of("maxAid", "totalMaxAid", "provisional", "warnings", "warningsInclude")) {
                    if (o.getValue().has(key)) {
                        option.set(key, o.getValue().get(key));
                    }
                }
                JsonNode objective = o.getValue().path("objective");
                if (objective.isObject()) {
                    ObjectNode targets = JSON.createObjectNode();
                    for (String indicator : List.of("patientsMt", "patientsFileActive")) {
                        JsonNode want = objective.path(indicator);
                        if (want.isNull()) {
                            targets.putNull(indicator);
                        } else if (want.isObject()) {
                            ObjectNode t = targets.putObject(indicator);
                            for (String key : List.of("target", "increase")) {
                                if (want.has(key)) {
                                    t.set(key, want.get(key));
                                }
                            }
                        }
                    }
                    if (targets.size() > 0) {
                        option.set("objective", targets);
                    }
                }
            });
        }
        return kept;
    }

    /** A batch line in the shape of the single answer, for the fields it carries. */
    private static JsonNode answer(JsonNode line) {
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode eligibility = answer.putObject("eligibility");
        for (String key : List.of("status", "regime", "options", "missingInputs")) {
            eligibility.set(key, line.get(key));
        }
        answer.set("provisional", line.get("provisional"));
        ArrayNode simulations = answer.putArray("simulations");
        line.path("simulations").forEach(s -> {
            ObjectNode o = simulations.addObject();
            o.set("option", s.get("option"));
            ArrayNode years = o.putArray("years");
            s.path("maxAid").forEach(amount -> years.addObject().set("maxAid", amount));
            o.set("totalMaxAid", s.get("totalMaxAid"));
            o.set("provisional", s.get("provisional"));
            ArrayNode warnings = o.putArray("warnings");
            s.path("warnings").forEach(w -> warnings.addObject().set("parameter", w));
            o.set("objective", s.get("objective"));
        });
        return answer;
    }

    /** The figures of a batch line are those of the single answer. */
    private static void assertSame(JsonNode single, JsonNode line, String what) {
        JsonNode e = single.get("eligibility");
        assertEquals(e.get("status"), line.get("status"), what);
        assertEquals(e.get("regime"), line.get("regime"), what);
        assertEquals(e.get("options"), line.get("options"), what);
        assertEquals(e.get("missingInputs"), line.get("missingInputs"), what);
        assertEquals(single.get("provisional"), line.get("provisional"), what);
        assertEquals(single.get("simulations").size(), line.get("simulations").size(), what);
        for (int s = 0; s < single.get("simulations").size(); s++) {
            JsonNode a = single.get("simulations").get(s);
            JsonNode b = line.get("simulations").get(s);
            assertEquals(a.get("option"), b.get("option"), what);
            List<String> amounts = new ArrayList<>();
            a.get("years").forEach(y -> amounts.add(y.get("maxAid").asText()));
            assertEquals(amounts, texts(b.get("maxAid")), what);
            assertEquals(a.get("totalMaxAid").toString(), b.get("totalMaxAid").toString(), what);
            assertEquals(a.get("provisional"), b.get("provisional"), what);
            for (String indicator : List.of("patientsMt", "patientsFileActive")) {
                JsonNode x = a.get("objective").get(indicator);
                JsonNode y = b.get("objective").get(indicator);
                assertEquals(x.isNull(), y.isNull(), what);
                if (!x.isNull()) {
                    assertEquals(x.get("target"), y.get("target"), what);
                    assertEquals(x.get("increase"), y.get("increase"), what);
                }
            }
            List<String> params = new ArrayList<>();
            a.get("warnings").forEach(w -> {
                if (!params.contains(w.get("parameter").asText())) {
                    params.add(w.get("parameter").asText());
                }
            });
            assertEquals(params, texts(b.get("warnings")), what);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    @Test
    void badLinesGiveErrorLinesAndTheBatchGoesOn() throws Exception {
        String body = """
                {"asOf": "2025-03-01", "specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 1200}
                {"asOf": "2025-03-01", "specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": -4}
                not json at all

                {"asOf": "2025-03-01", "specialty": "ASTROLOGIE", "sector": "1"}
                {"asOf": "2025-03-01", "specialty": "RADIOLOGIE", "sector": "1", "percentileBand": "P50_P70"}
                """;
        String[] lines = given().auth().oauth2(token()).contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/simulations/batch").then().statusCode(200).extract().asString().split("\n");
        assertEquals(7, lines.length);
        assertEquals("ELIGIBLE", JSON.readTree(lines[0]).get("status").asText());
        JsonNode negative = JSON.readTree(lines[1]);
        assertEquals(2, negative.get("line").asInt());
        assertEquals("patientsMt", negative.get("error").get("violations").get(0).get("field").asText());
        assertTrue(JSON.readTree(lines[2]).has("error"));
        assertTrue(JSON.readTree(lines[3]).has("error"), "an empty line is an error line");
        assertEquals("specialty", JSON.readTree(lines[4]).get("error").get("violations").get(0).get("field").asText());
        assertEquals("NOT_ELIGIBLE", JSON.readTree(lines[5]).get("status").asText());
        JsonNode summary = JSON.readTree(lines[6]).get("summary");
        assertEquals(6, summary.get("lines").asInt());
        assertEquals(4, summary.get("errors").asInt());
        assertEquals(Map.of("ELIGIBLE", 1, "NOT_ELIGIBLE", 1), JSON.convertValue(summary.get("status"), Map.class));
    }

    @Test
    void csvInCsvOut() {
        String csv = """
                asOf,specialty,sector,optam,patientsMt,patientsFileActive,percentileBand,option
                2025-03-01,MEDECINE_GENERALE,1,,1200,1800,P50_P70,HALF_TIME
                2021-02-01,MEDECINE_GENERALE,1,,1000,1500,P50_P70,
                2025-03-01,MEDECINE_GENERALE,2,peut-être,1200,1800,,
                "2025-03-01","CARDIOLOGIE","2","true","","2500","P70_P90","FULL_TIME"
                """;
        String[] rows = given().auth().oauth2(token()).contentType("text/csv").accept("text/csv").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/simulations/batch").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString().split("\n");
        List<String> header = List.of(rows[0].split(",", -1));
        assertEquals(48, header.size());
        assertEquals(6, rows.length);
        Map<String, String> first = row(header, rows[1]);
        assertEquals("2", first.get("line"));
        assertEquals("ELIGIBLE", first.get("status"));
        assertEquals("19000.00", first.get("HALF_TIME_year1"));
        assertEquals("66000.00", first.get("HALF_TIME_total"));
        assertEquals("", first.get("FULL_TIME_total"));
        Map<String, String> second = row(header, rows[2]);
        assertEquals("TO_CONFIRM", second.get("status"));
        Map<String, String> bad = row(header, rows[3]);
        assertTrue(bad.get("error").contains("optam"), bad.toString());
        Map<String, String> quoted = row(header, rows[4]);
        assertEquals("ELIGIBLE", quoted.get("status"));
        assertEquals("38000.00", quoted.get("FULL_TIME_year1"));
        assertTrue(rows[5].startsWith("# summary,lines=4,simulated=3,errors=1"), rows[5]);
    }

    @Test
    void csvColumnsForTheSecondAssistantAndTheCpamObjective() {
        String csv = """
                asOf,specialty,sector,patientsMt,patientsFileActive,percentileBand,priorityZone,currentOption,currentContractYear,objectivesMet,option,objectiveTargets.patientsMt,objectiveTargets.patientsFileActive
                2025-03-01,MEDECINE_GENERALE,1,1500,2200,P70_P90,true,FULL_TIME,3,true,,,
                2025-03-01,MEDECINE_GENERALE,1,1200,1800,P50_P70,,,,,HALF_TIME,1320,1890
                2025-03-01,MEDECINE_GENERALE,1,1200,1800,P50_P70,,,,,HALF_TIME,1100,
                2025-03-01,MEDECINE_GENERALE,1,1200,1800,P50_P70,,,11,,,,
                """;
        String[] rows = given().auth().oauth2(token()).contentType("text/csv").accept("text/csv")
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/simulations/batch").then().statusCode(200).extract().asString().split("\n");
        List<String> header = List.of(rows[0].split(",", -1));
        Map<String, String> second = row(header, rows[1]);
        assertEquals("SECOND_HALF_TIME|SECOND_FULL_TIME", second.get("options"));
        assertEquals("", second.get("SECOND_FULL_TIME_year1"), "an unknown amount is an empty cell, never a sum");
        assertEquals("", second.get("SECOND_FULL_TIME_total"));
        assertEquals("true", second.get("provisional"));
        assertTrue(second.get("warnings").contains("amounts.SECOND_FULL_TIME.year1"), second.toString());
        Map<String, String> targets = row(header, rows[2]);
        assertEquals("1320", targets.get("HALF_TIME_targetMt"));
        assertEquals("1890", targets.get("HALF_TIME_targetFa"));
        assertTrue(row(header, rows[3]).get("error").startsWith("objectiveTargets.patientsMt : "), rows[3]);
        assertTrue(row(header, rows[4]).get("error").startsWith("currentContractYear : "), rows[4]);
    }

    private static Map<String, String> row(List<String> header, String row) {
        List<String> cells = fr.assistantmedical.batch.Csv.split(row);
        assertEquals(header.size(), cells.size(), row);
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.put(header.get(i), cells.get(i));
        }
        return map;
    }

    @Test
    void aBadCsvHeaderIsRefusedBeforeAnything() {
        given().auth().oauth2(token()).contentType("text/csv").body("asOf,specialite,sector\n2025-03-01,X,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/simulations/batch").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("violations[0].field", equalTo("header"));
    }

    @Test
    void ndjsonInCsvOut() {
        String out = given().auth().oauth2(token()).contentType("application/x-ndjson").accept("text/csv")
                .body("{\"asOf\": \"2025-03-01\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"patientsMt\": 1200}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/simulations/batch").then().statusCode(200).extract().asString();
        assertTrue(out.startsWith("line,status,"), out);
    }

    @Test
    void anonymousCallersCannotRunBatches() {
        given().contentType("application/x-ndjson").body("{}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/simulations/batch")
                .then().statusCode(401);
    }
}
