package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.BundledRulebook;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole explained answer of the eligibility rules for doctors chosen at each branch of the rules:
 * status, options, inputs to ask, every reason (code, outcome, option, parameter, source, input, text
 * for people), every trace step's result and the parameters warned about. The expected answers are in
 * {@code engine/eligibility-explained.txt}; each was read against the rules and the rulebook when it was
 * written, and a change to one is a change of what the service tells a doctor: read it before editing.
 * The law itself (status, deciding reasons, options) is held by the sourced law cases.
 */
class ExplainedEligibilityTest {

    private static final Rulebook RULEBOOK = rulebook();

    static Rulebook rulebook() {
        return BundledRulebook.RULEBOOK;
    }

    /**
     * A case line: asOf, specialty, sector, optam, patientsMt, patientsFileActive, ccamShare, age,
     * installedOn, priorityZone, groupPractice, percentileBand, currentOption, currentContractYear,
     * objectivesMet, requested option; empty is unknown.
     */
    static List<String> explain(String line) {
        String[] c = line.split(",", -1);
        Profile p = profile(c);
        Option requested = c[15].isEmpty() ? null : Option.valueOf(c[15]);
        Eligibility e = EligibilityRules.evaluate(p, requested, new Evaluation(RULEBOOK, true));
        List<String> out = new ArrayList<>();
        out.add(e.status() + " " + e.options() + " missing=" + e.missingInputs() + " regime=" + e.regime().code());
        for (Reason r : e.reasons()) {
            out.add("  R " + r.code() + " " + r.outcome() + " " + r.option() + " " + r.parameter() + " "
                    + (r.source() == null ? null : r.source().id()) + " " + r.input() + " | " + r.message());
        }
        e.trace().forEach(t -> out.add("  T " + t.rule() + " = " + t.result()));
        e.warnings().forEach(w -> out.add("  W " + w.parameter()));
        return out;
    }

    static Profile profile(String[] c) {
        return new Profile(LocalDate.parse(c[0]), c[1], Integer.parseInt(c[2]), bool(c[3]), integer(c[4]),
                integer(c[5]), c[6].isEmpty() ? null : new BigDecimal(c[6]), integer(c[7]),
                c[8].isEmpty() ? null : LocalDate.parse(c[8]), bool(c[9]), bool(c[10]),
                c[11].isEmpty() ? null : PercentileBand.valueOf(c[11]), c[12].isEmpty() ? null : Option.valueOf(c[12]),
                integer(c[13]), bool(c[14]));
    }

    private static Boolean bool(String s) {
        return s.isEmpty() ? null : Boolean.valueOf(s);
    }

    private static Integer integer(String s) {
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    static Stream<Arguments> cases() throws IOException {
        return cases("engine/eligibility-explained.txt", 31);
    }

    /** The blocks of an expected-answers file on the class path, of which there are at least {@code atLeast}. */
    static Stream<Arguments> cases(String resource, int atLeast) throws IOException {
        String text;
        try (InputStream in = ExplainedEligibilityTest.class.getClassLoader().getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> cases = blocks(text);
        assertTrue(cases.size() >= atLeast, "the file " + resource + " was read");
        return cases.stream();
    }

    /** The blocks of an expected-answers file: "=== title :: line", then the answer's lines. */
    static List<Arguments> blocks(String text) {
        List<Arguments> cases = new ArrayList<>();
        String title = null;
        String line = null;
        List<String> expected = null;
        for (String l : text.split("\n")) {
            if (l.startsWith("#") || l.isBlank()) {
                continue;
            }
            if (l.startsWith("=== ")) {
                if (line != null) {
                    cases.add(Arguments.of(title, line, expected));
                }
                title = l.substring(4, l.indexOf(" :: "));
                line = l.substring(l.indexOf(" :: ") + 4);
                expected = new ArrayList<>();
            } else {
                expected.add(l);
            }
        }
        cases.add(Arguments.of(title, line, expected));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExplainedAnswerIsTheOneWritten(String title, String line, List<String> expected) {
        assertEquals(String.join("\n", expected), String.join("\n", explain(line)));
    }
}
