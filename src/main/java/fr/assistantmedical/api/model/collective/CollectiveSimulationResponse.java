package fr.assistantmedical.api.model.collective;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.assistantmedical.api.model.Explanation.SourceRef;
import fr.assistantmedical.api.model.Explanation.Step;
import fr.assistantmedical.api.model.Explanation.Warning;
import fr.assistantmedical.api.model.SimulationResponse.IndicatorObjective;
import fr.assistantmedical.api.model.SimulationResponse.Objective;
import fr.assistantmedical.rules.Certainty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The group's aid year by year for the ETP asked, and the objective it commits to. */
public record CollectiveSimulationResponse(LocalDate asOf, CollectiveEligibilityResponse eligibility, BigDecimal etp,
        List<Year> years, BigDecimal totalMaxAid, Objective objective, List<MemberObjective> memberObjectives,
        boolean provisional, List<Warning> warnings, @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> trace) {

    public record Year(int contractYear, LocalDate from, LocalDate to, BigDecimal maxAid, boolean objectiveChecked,
            Certainty certainty, SourceRef source) {
    }

    public record MemberObjective(String rpps, IndicatorObjective patientsMt, IndicatorObjective patientsFileActive,
            LocalDate by) {
    }
}
