package fr.assistantmedical.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.function.Executable;

/**
 * The law cases of src/test/resources/law-cases and how an answer is held against one. The answer is
 * the JSON of the API, whether it came over HTTP or straight from the engine through the same
 * mappers: both runs use this one comparison. Only the fields a case states are compared; a stated
 * field that is absent from the answer fails.
 */
public final class LawCases {

    public static final Path CASES = Path.of("src/test/resources/law-cases");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The cases read, by directory. */
    private static final Map<Path, List<LawCase>> READ = new ConcurrentHashMap<>();
    /** Text read by doctors: reasons, warnings, information, objective explanations, trace descriptions and results. */
    private static final List<String> PEOPLE_FIELDS = List.of("message", "description", "result", "note");

    private LawCases() {
    }

    public record LawCase(String file, String name, JsonNode body) {

        public String endpoint() {
            return body.path("endpoint").asText("simulations");
        }

        public JsonNode request() {
            return body.get("request");
        }

        public JsonNode expect() {
            return body.get("expect");
        }

        public int status() {
            return expect().path("httpStatus").asInt(200);
        }

        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    public static Stream<LawCase> cases() {
        return cases(CASES);
    }

    /**
     * The cases of the YAML files directly in {@code directory}, read once for all the tests of a JVM
     * (a test never changes a case).
     */
    public static Stream<LawCase> cases(Path directory) {
        return READ.computeIfAbsent(directory.toAbsolutePath().normalize(), LawCases::read).stream();
    }

    private static List<LawCase> read(Path directory) {
        List<LawCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode c : YAML.readTree(file.toFile())) {
                    cases.add(new LawCase(file.getFileName().toString(), c.path("name").asText(), c));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(cases);
    }

    /** Every check of the case on the answer, to be run together so that one failure shows them all. */
    public static List<Executable> checks(LawCase c, JsonNode actual) {
        List<Executable> checks = new ArrayList<>();
        compare(c.expect(), actual, c.endpoint(), checks);
        if (c.status() == 200) {
            List<String> texts = new ArrayList<>();
            PEOPLE_FIELDS.forEach(field -> actual.findValues(field).stream().filter(JsonNode::isTextual)
                    .forEach(v -> texts.add(v.asText())));
            actual.findValues("explanation").forEach(lines -> lines.forEach(line -> texts.add(line.asText())));
            texts.forEach(text -> checks.add(() -> assertNull(PeopleText.codeWord(text), "text for people: " + text)));
        }
        return checks;
    }

    private static void compare(JsonNode expect, JsonNode actual, String endpoint, List<Executable> checks) {
        JsonNode eligibility = endpoint.endsWith("simulations") ? actual.path("eligibility") : actual;
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode want = e.getValue();
            switch (key) {
                case "httpStatus" -> { }
                case "violations" -> checks.add(() -> assertEquals(texts(want),
                        new TreeSet<>(actual.path("violations").findValuesAsText("field")), "violations in " + actual));
                case "status", "regime" -> checks.add(() -> assertEquals(want, eligibility.path(key), key));
                case "options", "missingInputs" -> checks.add(() -> assertEquals(want, eligibility.path(key), key));
                case "reasons" -> {
                    // Every reason that decides (not met, or undecided) is listed: an extra one fails.
                    checks.add(() -> assertEquals(new TreeSet<>(), deciding(eligibility, texts(want)),
                            "deciding reasons the case does not list, in " + eligibility.path("reasons")));
                    want.forEach(code -> checks.add(() -> assertTrue(
                            eligibility.path("reasons").findValuesAsText("code").contains(code.asText()),
                            "reason " + code.asText() + " in " + eligibility.path("reasons"))));
                }
                case "reasonsInclude" -> want.forEach(code -> checks.add(() -> assertTrue(
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
                case "provisional" -> checks.add(() -> assertEquals(want, actual.path(key),
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

    private static TreeSet<String> texts(JsonNode list) {
        TreeSet<String> texts = new TreeSet<>();
        list.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    /** The codes of the reasons that are not met or undecided, but for those listed. */
    private static TreeSet<String> deciding(JsonNode eligibility, TreeSet<String> listed) {
        TreeSet<String> codes = new TreeSet<>();
        for (JsonNode reason : eligibility.path("reasons")) {
            if (!reason.path("outcome").asText().equals("MET") && !listed.contains(reason.path("code").asText())) {
                codes.add(reason.path("code").asText());
            }
        }
        return codes;
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
                    case "provisional" -> checks.add(() -> assertEquals(w, simulation.path("provisional"),
                            what + "; " + simulation.path("warnings")));
                    case "warnings" -> checks.add(() -> assertEquals(texts(w),
                            new TreeSet<>(simulation.path("warnings").findValuesAsText("parameter")),
                            what + ", all of them, in " + simulation.path("warnings")));
                    case "warningsInclude" -> w.forEach(p -> checks.add(() -> assertTrue(
                            simulation.path("warnings").findValuesAsText("parameter").contains(p.asText()),
                            what + " names " + p.asText() + " in " + simulation.path("warnings"))));
                    default -> checks.add(() -> assertEquals(w, simulation.path(field.getKey()), what));
                }
            }
        }
    }

    private static void objective(JsonNode want, JsonNode actual, String what, List<Executable> checks) {
        checks.add(() -> assertFalse(actual.isMissingNode(), what + " is in the answer"));
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode got = actual.path(e.getKey());
            if (e.getValue().isArray()) {
                // Each expected sentence is part of one line of the explanation.
                checks.add(() -> assertTrue(got.isArray(), what + "." + e.getKey() + " is a list: " + got));
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
            checks.add(() -> assertTrue(got.isObject(), what + "." + e.getKey() + " is in the answer: " + got));
            for (Iterator<Map.Entry<String, JsonNode>> f = e.getValue().fields(); f.hasNext();) {
                Map.Entry<String, JsonNode> field = f.next();
                checks.add(() -> assertSame(field.getValue(), got.path(field.getKey()),
                        what + "." + e.getKey() + "." + field.getKey()));
            }
        }
    }

    /** Each field the case states, compared with the answer's field of the same name; numbers by value. */
    public static List<Executable> sameFields(JsonNode expect, JsonNode actual) {
        List<Executable> checks = new ArrayList<>();
        expect.fields().forEachRemaining(e -> checks.add(() -> {
            assertFalse(actual.path(e.getKey()).isMissingNode(), e.getKey() + " is in the answer " + actual);
            assertSame(e.getValue(), actual.path(e.getKey()), e.getKey());
        }));
        return checks;
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
