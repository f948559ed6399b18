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
 * The whole explained collective simulation for groups chosen at the boundaries of the collective
 * contract's rules (the average of 775, the ETP ceiling and its steps, the trainee supervisors from
 * November 2026, members outside the rules, a member installed less than a year before, dates around
 * 25 February 2026): eligibility with its reasons and the inputs to ask, every contract year, the
 * group's objective and the members' own, the warnings and the trace with the values each step read.
 * The expected answers are in {@code engine/collective-explained.txt}, read against the rules and the
 * rulebook when written: a change to one is a change of what the service tells a group.
 */
class ExplainedCollectiveTest {

    private static final Rulebook RULEBOOK = ExplainedEligibilityTest.rulebook();

    /**
     * The line is {@code asOf,structureType,etp;member;member…}, a member being
     * {@code rpps,specialty,sector,optam,patientsMt,patientsFileActive,installedOn,particularPractice,traineeSupervisor}
     * (an empty field is not given).
     */
    static List<String> explain(String line) {
        String[] parts = line.split(";");
        String[] g = parts[0].split(",", -1);
        List<CollectiveMember> members = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] m = parts[i].split(",", -1);
            members.add(new CollectiveMember(m[0], m[1], Integer.parseInt(m[2]), bool(m[3]), integer(m[4]),
                    integer(m[5]), m[6].isEmpty() ? null : LocalDate.parse(m[6]), bool(m[7]), "true".equals(m[8])));
        }
        CollectiveProfile group = new CollectiveProfile(LocalDate.parse(g[0]),
                g[1].isEmpty() ? null : StructureType.valueOf(g[1]), g[2].isEmpty() ? null : new BigDecimal(g[2]),
                members);
        CollectiveSimulation s = CollectiveRules.simulate(group, new Evaluation(RULEBOOK, true));
        CollectiveEligibility e = s.eligibility();
        List<String> out = new ArrayList<>();
        out.add(e.status() + " regime=" + (e.regime() == null ? null : e.regime().code()) + " average="
                + e.averageMt() + " maxEtp=" + e.maxEtp() + " missing=" + e.missingInputs() + " provisional="
                + s.provisional());
        for (Reason r : e.reasons()) {
            out.add("  R " + r.code() + " " + r.outcome() + " " + r.parameter() + " "
                    + (r.source() == null ? null : r.source().id()) + " " + r.input() + " | " + r.message());
        }
        out.add("ETP " + s.etp() + " total=" + s.totalMaxAid());
        for (CollectiveSimulation.Year y : s.years()) {
            out.add("  Y " + y.contractYear() + " " + y.from() + ".." + y.to() + " " + y.maxAid() + " ("
                    + ExplainedSimulationTest.value(y.amount()) + ") checked=" + y.objectiveChecked());
        }
        Objective obj = s.objective();
        if (obj == null) {
            out.add("  OBJ none");
        } else {
            out.add("  OBJ " + obj.basis() + " MT=" + ExplainedSimulationTest.indicator(obj.patientsMt()) + " FA="
                    + ExplainedSimulationTest.indicator(obj.patientsFileActive()));
            obj.explanation().forEach(x -> out.add("    E " + x));
        }
        for (CollectiveSimulation.MemberObjective m : s.memberObjectives()) {
            out.add("  M " + m.rpps() + " by " + m.by() + " MT=" + ExplainedSimulationTest.indicator(m.patientsMt())
                    + " FA=" + ExplainedSimulationTest.indicator(m.patientsFileActive()));
        }
        s.warnings().forEach(w -> out.add("  W " + w.parameter() + " | " + w.message()));
        s.trace().forEach(t -> out.add("T " + t.rule() + " = " + t.result() + " <- " + t.uses().stream()
                .map(u -> u.parameter() + "=" + ExplainedSimulationTest.value(u.value()))
                .collect(Collectors.joining(", "))));
        return out;
    }

    private static Boolean bool(String s) {
        return s.isEmpty() ? null : Boolean.valueOf(s);
    }

    private static Integer integer(String s) {
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    static Stream<Arguments> cases() throws IOException {
        return ExplainedEligibilityTest.cases("engine/collective-explained.txt", 12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExplainedCollectiveAnswerIsTheOneWritten(String title, String line, List<String> expected) {
        assertEquals(String.join("\n", expected), String.join("\n", explain(line)));
    }
}
