package fr.assistantmedical.rulebook;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.assistantmedical.api.mapping.ProfileMapper;
import fr.assistantmedical.api.model.SimulationRequest;
import fr.assistantmedical.rules.IndicatorObjective;
import fr.assistantmedical.rules.Objective;
import fr.assistantmedical.rules.OptionSimulation;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Simulator;
import fr.assistantmedical.rules.Warning;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official objective table, the day it is read, goes into a reviewed rulebook file and is used
 * without a code change: the law cases of law-cases/filled-table apply their review to the bundled
 * rulebook and run against the rules engine.
 */
class RulebookReviewTest {

    private static final Path FILE = Path.of("src/test/resources/law-cases/filled-table/objective-table-2024.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    record Case(String name, JsonNode body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        YAML.readTree(FILE.toFile()).path("cases").forEach(c -> cases.add(new Case(c.path("name").asText(), c)));
        return cases.stream();
    }

    /** The bundled rulebook with the review's sources added and its values put in place. */
    static Rulebook reviewed() throws IOException {
        JsonNode review = YAML.readTree(FILE.toFile()).path("review");
        ObjectNode book;
        try (InputStream in = RulebookReviewTest.class.getClassLoader().getResourceAsStream(RulebookProvider.BUNDLED)) {
            book = (ObjectNode) YAML.readTree(in);
        }
        ((ObjectNode) book.path("sources")).setAll((ObjectNode) review.path("sources"));
        for (JsonNode change : review.path("values")) {
            ObjectNode entry = null;
            for (JsonNode parameter : book.path("parameters")) {
                if (parameter.path("name").asText().equals(change.path("parameter").asText())) {
                    for (JsonNode value : parameter.path("values")) {
                        if (value.path("from").asText().equals(change.path("from").asText())) {
                            entry = (ObjectNode) value;
                        }
                    }
                }
            }
            assertNotNull(entry, "the review names an entry of the rulebook: " + change);
            entry.removeAll();
            entry.setAll((ObjectNode) change);
            entry.remove("parameter");
        }
        return RulebookParser.parse(new ByteArrayInputStream(YAML.writeValueAsBytes(book)), "reviewed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aFilledTableIsUsed(Case c) throws IOException {
        assertFalse(c.body().path("source").asText().isBlank(), c + " cites its source");
        Rulebook rulebook = reviewed();
        SimulationRequest request = JSON.treeToValue(c.body().path("request"), SimulationRequest.class);
        Profile profile = ProfileMapper.toProfile(request, rulebook, LocalDate.now());
        JsonNode expect = c.body().path("expect");
        OptionSimulation simulation = new Simulator(rulebook).simulate(profile, request.option, false).simulations()
                .get(0);
        Objective objective = simulation.objective();
        List<String> warned = simulation.warnings().stream().map(Warning::parameter).toList();
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(expect.path("option").asText(), simulation.option().name()));
        checks.add(() -> assertEquals(expect.path("basis").asText(), objective.basis().name()));
        checks.add(() -> indicator(expect.path("patientsMt"), objective.patientsMt(), "patientsMt"));
        checks.add(() -> indicator(expect.path("patientsFileActive"), objective.patientsFileActive(),
                "patientsFileActive"));
        if (expect.has("explanation")) {
            checks.add(() -> assertEquals(expect.path("explanation").size(), objective.explanation().size(),
                    "explanation " + objective.explanation()));
        }
        expect.path("warningsAbsent").forEach(w -> checks.add(() -> assertFalse(warned.contains(w.asText()),
                "no warning on " + w.asText() + ": " + warned)));
        expect.path("warnings").forEach(w -> checks.add(() -> assertTrue(warned.contains(w.asText()),
                "a warning on " + w.asText() + ": " + warned)));
        assertAll(c.toString(), checks);
    }

    private static void indicator(JsonNode want, IndicatorObjective got, String what) {
        if (want.isNull()) {
            assertNull(got, what);
            return;
        }
        assertNotNull(got, what);
        assertEquals(want.path("start").asInt(), got.start(), what + ".start");
        assertEquals(want.path("target").asInt(), got.target(), what + ".target");
        assertEquals(want.path("increase").asInt(), got.increase(), what + ".increase");
        assertEquals(0, new BigDecimal(want.path("rate").asText()).compareTo(got.rate()), what + ".rate");
    }
}
