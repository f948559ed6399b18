package fr.assistantmedical.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.PeopleText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the law cases of src/test/resources/law-cases against the HTTP API. Each case names the
 * source row it comes from; only the fields a case states are compared.
 */
@QuarkusTest
class LawCasesTest {

    private static final Path CASES = Path.of("src/test/resources/law-cases");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Text read by doctors: reasons, warnings, information, objective explanations, trace descriptions and results. */
    private static final List<String> PEOPLE_FIELDS = List.of("message", "description", "result", "note");

    record LawCase(String file, String name, JsonNode body) {
        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    static Stream<LawCase> cases() throws IOException {
        List<LawCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode c : YAML.readTree(file.toFile())) {
                    cases.add(new LawCase(file.getFileName().toString(), c.path("name").asText(), c));
                }
            }
        }
        return cases.stream();
    }

    @Test
    void thereAreEnoughCasesAndEachCitesItsSource() throws IOException {
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
        String endpoint = c.body().path("endpoint").asText("simulations");
        JsonNode expect = c.body().get("expect");
        int status = expect.path("httpStatus").asInt(200);
        String response = given().filter(status == 200 ? OpenApiContract.exchange() : OpenApiContract.response())
                .contentType(ContentType.JSON).body(JSON.writeValueAsString(c.body().get("request")))
                .when().post("/api/v1/" + endpoint + "?explain=true")
                .then().statusCode(status).extract().asString();
        JsonNode actual = JSON.readTree(response);
        List<Executable> checks = new ArrayList<>();
        compare(expect, actual, endpoint, checks);
        if (status == 200) {
            List<String> texts = new ArrayList<>();
            PEOPLE_FIELDS.forEach(field -> actual.findValues(field).stream().filter(JsonNode::isTextual)
                    .forEach(v -> texts.add(v.asText())));
            actual.findValues("explanation").forEach(lines -> lines.forEach(line -> texts.add(line.asText())));
            texts.forEach(text -> checks.add(() -> assertNull(PeopleText.codeWord(text), "text for people: " + text)));
        }
        org.junit.jupiter.api.Assertions.assertAll(c.toString(), checks);
    }

    private static void compare(JsonNode expect, JsonNode actual, String endpoint, List<Executable> checks) {
        JsonNode eligibility = endpoint.endsWith("simulations") ? actual.path("eligibility") : actual;
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode want = e.getValue();
            switch (key) {
                case "httpStatus" -> { }
                case "violations" -> want.forEach(field -> checks.add(() -> assertTrue(
                        actual.path("violations").findValuesAsText("field").contains(field.asText()),
                        "violation on " + field.asText() + " in " + actual)));
                case "status", "regime" -> checks.add(() -> assertEquals(want.asText(), eligibility.path(key).asText(),
                        key));
                case "options", "missingInputs" -> checks.add(() -> assertEquals(want, eligibility.path(key), key));
                case "reasons" -> want.forEach(code -> checks.add(() -> assertTrue(
                        eligibility.path("reasons").findValuesAsText("code").contains(code.asText()),
                        "reason " + code.asText() + " in " + eligibility.path("reasons"))));
                case "reasonsAbsent" -> want.forEach(code -> checks.add(() -> assertFalse(
                        eligibility.path("reasons").findValuesAsText("code").contains(code.asText()),
                        "no reason " + code.asText() + " in " + eligibility.path("reasons"))));
                case "reasonInputs" -> want.fields().forEachRemaining(r -> checks.add(() -> assertEquals(
                        r.getValue().asText(), reason(eligibility, r.getKey()).path("input").asText(null),
                        "input of reason " + r.getKey())));
                case "reasonSources" -> want.fields().forEachRemaining(r -> checks.add(() -> assertEquals(
                        r.getValue().asText(), reason(eligibility, r.getKey()).path("source").path("id").asText(null),
                        "source of reason " + r.getKey())));
                case "reasonMessages" -> want.fields().forEachRemaining(r -> checks.add(() -> assertTrue(
                        reason(eligibility, r.getKey()).path("message").asText().contains(r.getValue().asText()),
                        "message of reason " + r.getKey() + ": " + reason(eligibility, r.getKey()))));
                case "information" -> want.fields().forEachRemaining(i -> checks.add(() -> assertTrue(
                        information(actual, i.getKey()).path("message").asText().contains(i.getValue().asText()),
                        "information " + i.getKey() + " says « " + i.getValue().asText() + " » in "
                                + actual.path("information"))));
                case "provisional" -> checks.add(() -> assertEquals(want.asBoolean(), actual.path(key).asBoolean(),
                        "provisional; warnings: " + actual.findValues("warnings")));
                case "simulations" -> simulations(want, actual.path("simulations"), checks);
                // The collective answers: one group, one schedule, at the top of the answer.
                case "averageMt", "maxEtp" -> checks.add(() -> assertSame(want, eligibility.path(key), key));
                case "totalMaxAid", "etp" -> checks.add(() -> assertSame(want, actual.path(key), key));
                case "maxAid", "objectiveChecked" -> {
                    List<JsonNode> got = new ArrayList<>();
                    actual.path("years").forEach(y -> got.add(y.path(key)));
                    checks.add(() -> assertEquals(want.size(), got.size(), key + " years"));
                    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
                        JsonNode expected = want.get(i);
                        JsonNode value = got.get(i);
                        int year = i + 1;
                        checks.add(() -> assertSame(expected, value, key + " year " + year));
                    }
                }
                case "objective" -> objective(want, actual.path("objective"), key, checks);
                case "memberObjectives" -> {
                    checks.add(() -> assertEquals(want.size(), actual.path(key).size(), key));
                    for (int i = 0; i < Math.min(want.size(), actual.path(key).size()); i++) {
                        objective(want.get(i), actual.path(key).get(i), key + "[" + i + "]", checks);
                    }
                }
                default -> checks.add(() -> assertEquals(want, actual.path(key), key));
            }
        }
    }

    private static JsonNode reason(JsonNode eligibility, String code) {
        for (JsonNode reason : eligibility.path("reasons")) {
            if (reason.path("code").asText().equals(code)) {
                return reason;
            }
        }
        return JSON.createObjectNode().put("input", "no reason " + code);
    }

    private static JsonNode information(JsonNode answer, String parameter) {
        for (JsonNode fact : answer.path("information")) {
            if (fact.path("parameter").asText().equals(parameter)) {
                return fact;
            }
        }
        return JSON.createObjectNode();
    }

    private static void simulations(JsonNode want, JsonNode actual, List<Executable> checks) {
        List<String> options = new ArrayList<>();
        actual.forEach(s -> options.add(s.path("option").asText()));
        checks.add(() -> assertEquals(fieldNames(want), options, "simulated options"));
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode sim = null;
            for (JsonNode s : actual) {
                if (s.path("option").asText().equals(e.getKey())) {
                    sim = s;
                }
            }
            JsonNode simulation = sim;
            String option = e.getKey();
            checks.add(() -> assertNotNull(simulation, "simulation of " + option));
            if (simulation == null) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> f = e.getValue().fields(); f.hasNext();) {
                Map.Entry<String, JsonNode> field = f.next();
                JsonNode w = field.getValue();
                String what = option + "." + field.getKey();
                switch (field.getKey()) {
                    case "maxAid", "regimes", "regimeLabels", "from", "to", "objectiveChecked" -> {
                        String yearField = switch (field.getKey()) {
                            case "regimes" -> "regime";
                            case "regimeLabels" -> "regimeLabel";
                            default -> field.getKey();
                        };
                        List<JsonNode> got = new ArrayList<>();
                        simulation.path("years").forEach(y -> got.add(y.path(yearField)));
                        checks.add(() -> assertEquals(w.size(), got.size(), what + " years"));
                        for (int i = 0; i < Math.min(w.size(), got.size()); i++) {
                            JsonNode expected = w.get(i);
                            JsonNode value = got.get(i);
                            int year = i + 1;
                            checks.add(() -> assertSame(expected, value, what + " year " + year));
                        }
                    }
                    case "totalMaxAid" -> checks.add(() -> assertSame(w, simulation.path("totalMaxAid"), what));
                    case "objective" -> objective(w, simulation.path("objective"), what, checks);
                    case "provisional" -> checks.add(() -> assertEquals(w.asBoolean(),
                            simulation.path("provisional").asBoolean(), what + "; " + simulation.path("warnings")));
                    case "warnings" -> w.forEach(p -> checks.add(() -> assertTrue(
                            simulation.path("warnings").findValuesAsText("parameter").contains(p.asText()),
                            what + " names " + p.asText() + " in " + simulation.path("warnings"))));
                    default -> checks.add(() -> assertEquals(w, simulation.path(field.getKey()), what));
                }
            }
        }
    }

    private static void objective(JsonNode want, JsonNode actual, String what, List<Executable> checks) {
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode got = actual.path(e.getKey());
            if (e.getValue().isArray()) {
                // Each expected sentence is part of one line of the explanation.
                e.getValue().forEach(part -> checks.add(() -> assertTrue(StreamSupport.stream(got.spliterator(), false)
                        .anyMatch(line -> line.asText().contains(part.asText())),
                        what + "." + e.getKey() + " says « " + part.asText() + " » in " + got)));
                if (e.getValue().isEmpty()) {
                    checks.add(() -> assertEquals(0, got.size(), what + "." + e.getKey() + " is empty"));
                }
                continue;
            }
            if (e.getValue().isNull() || e.getValue().isTextual()) {
                checks.add(() -> assertEquals(e.getValue(), got, what + "." + e.getKey()));
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> f = e.getValue().fields(); f.hasNext();) {
                Map.Entry<String, JsonNode> field = f.next();
                checks.add(() -> assertSame(field.getValue(), got.path(field.getKey()),
                        what + "." + e.getKey() + "." + field.getKey()));
            }
        }
    }

    /** Numbers compare by value (19000 equals 19000.00); everything else exactly. */
    private static void assertSame(JsonNode expected, JsonNode actual, String what) {
        if (expected.isNumber() && actual.isNumber()) {
            assertEquals(0, new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())),
                    what + ": expected " + expected + " but was " + actual);
        } else {
            assertEquals(expected, actual, what);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
