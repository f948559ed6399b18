package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The aid a group may receive for its ETP of assistant, and the objective it commits to.
 *
 * @param years empty when the group is not eligible
 * @param objective the group's objective; null when not eligible
 * @param memberObjectives the own objective of each member installed recently
 */
public record CollectiveSimulation(CollectiveEligibility eligibility, BigDecimal etp, List<Year> years,
        BigDecimal totalMaxAid, Objective objective, List<MemberObjective> memberObjectives, List<Warning> warnings,
        List<TraceStep> trace) {

    public record Year(int contractYear, LocalDate from, LocalDate to, BigDecimal maxAid, boolean objectiveChecked,
            ParameterValue amount) {
    }

    /** A member installed less than a year before: reaches the national median after a few years. */
    public record MemberObjective(String rpps, IndicatorObjective patientsMt, IndicatorObjective patientsFileActive,
            LocalDate by) {
    }

    public boolean provisional() {
        return !warnings.isEmpty();
    }
}
