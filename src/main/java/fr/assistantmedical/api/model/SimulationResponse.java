package fr.assistantmedical.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.assistantmedical.api.model.Explanation.SourceRef;
import fr.assistantmedical.api.model.Explanation.Step;
import fr.assistantmedical.api.model.Explanation.Warning;
import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.ObjectiveBasis;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record SimulationResponse(LocalDate asOf, EligibilityResponse eligibility, List<OptionSimulation> simulations,
        boolean provisional, @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> trace) {

    public record OptionSimulation(Option option, List<ContractYear> years, BigDecimal totalMaxAid,
            Objective objective, boolean provisional, List<Warning> warnings) {
    }

    public record ContractYear(int contractYear, LocalDate from, LocalDate to, String regime, String amountRow,
            BigDecimal maxAid, boolean objectiveChecked, Certainty certainty, SourceRef source) {
    }

    public record Objective(ObjectiveBasis basis, IndicatorObjective patientsMt, IndicatorObjective patientsFileActive) {
    }

    public record IndicatorObjective(int start, int target, int increase, PercentileBand band, BigDecimal rate,
            Integer minimum, Certainty certainty, SourceRef source) {
    }
}
