package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole explained simulation for doctors chosen at the boundaries of the amounts table and of
 * the objectives (P90 and P95 counts, bands given or placed from the counts, thresholds unknown, ages
 * and installation dates that change the objective, targets the CPAM gave): every contract year, its
 * amount and the value it comes from, the objective of each indicator, the warnings, the facts shown
 * and the trace with the values each step read. The expected answers are in
 * {@code engine/simulation-explained.txt}, read against the rules and the rulebook when written: a change
 * to one is a change of what the service tells a doctor.
 */
class ExplainedSimulationTest {

    private static final Simulator SIMULATOR = new Simulator(ExplainedEligibilityTest.rulebook());

    /** The line of {@link ExplainedEligibilityTest#explain}, then the CPAM's targets (MT, FA; empty = none). */
    static List<String> explain(String line) {
        String[] c = line.split(",", -1);
        Profile p = ExplainedEligibilityTest.profile(c);
        Option requested = c[15].isEmpty() ? null : Option.valueOf(c[15]);
        CpamTargets targets = c.length > 16 && !(c[16].isEmpty() && c[17].isEmpty())
                ? new CpamTargets(c[16].isEmpty() ? null : Integer.valueOf(c[16]),
                        c[17].isEmpty() ? null : Integer.valueOf(c[17]))
                : null;
        Simulation s = SIMULATOR.simulate(p, requested, targets, true);
        List<String> out = new ArrayList<>();
        out.add(s.eligibility().status() + " " + s.eligibility().options() + " provisional=" + s.provisional()
                + " reasons=" + s.eligibility().reasons().stream().map(Reason::code).toList());
        for (OptionSimulation o : s.simulations()) {
            out.add("O " + o.option() + " total=" + o.totalMaxAid() + " provisional=" + o.provisional());
            for (ScheduleYear y : o.years()) {
                out.add("  Y " + y.contractYear() + " " + y.from() + ".." + y.to() + " " + y.regime().code() + " "
                        + y.row() + " " + y.maxAid() + " (" + value(y.amount()) + ") checked=" + y.objectiveChecked());
            }
            Objective obj = o.objective();
            if (obj == null) {
                out.add("  OBJ none");
            } else {
                out.add("  OBJ " + obj.basis() + " MT=" + indicator(obj.patientsMt()) + " FA="
                        + indicator(obj.patientsFileActive()));
                obj.explanation().forEach(e -> out.add("    E " + e));
            }
            o.warnings().forEach(w -> out.add("  W " + w.parameter() + " | " + w.message()));
        }
        s.information().forEach(i -> out.add("I " + i.parameter() + " | " + i.message() + " (" + value(i.value()) + ")"));
        s.trace().forEach(t -> out.add("T " + t.rule() + " = " + t.result() + " <- " + t.uses().stream()
                .map(u -> u.parameter() + "=" + value(u.value())).collect(Collectors.joining(", "))));
        return out;
    }

    static String indicator(IndicatorObjective i) {
        return i == null ? "none" : "[" + i.start() + "→" + i.target() + " +" + i.increase() + " " + i.band() + " "
                + i.rate() + " min=" + i.minimum() + " (" + value(i.value()) + ")]";
    }

    static String value(ParameterValue v) {
        if (v == null) {
            return "null";
        }
        return v.value() + " from " + v.from() + (v.source() == null ? "" : " " + v.source().id())
                + (v.certainty() == null ? "" : " " + v.certainty());
    }

    static Stream<Arguments> cases() throws IOException {
        return ExplainedEligibilityTest.cases("engine/simulation-explained.txt", 16);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExplainedSimulationIsTheOneWritten(String title, String line, List<String> expected) {
        assertEquals(String.join("\n", expected), String.join("\n", explain(line)));
    }
}
