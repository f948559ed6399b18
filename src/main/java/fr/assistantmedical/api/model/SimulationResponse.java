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
        List<Information> information, boolean provisional, @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> trace) {

    public record OptionSimulation(Option option, List<ContractYear> years, BigDecimal totalMaxAid,
            Objective objective, boolean provisional, List<Warning> warnings) {
    }

    /** @param regimeLabel the text whose amounts table sets this year's amount, in French */
    public record ContractYear(int contractYear, LocalDate from, LocalDate to, String regime, String regimeLabel,
            String amountRow, BigDecimal maxAid, boolean objectiveChecked, Certainty certainty, SourceRef source) {
    }

    /** @param explanation French sentences when the objective is not computed from a published table */
    public record Objective(ObjectiveBasis basis, IndicatorObjective patientsMt, IndicatorObjective patientsFileActive,
            List<String> explanation) {
    }

    /** {@code certainty} and {@code source} are null for a target the CPAM communicated. */
    public record IndicatorObjective(int start, int target, int increase, PercentileBand band, BigDecimal rate,
            Integer minimum, Certainty certainty, SourceRef source) {
    }

    public record Information(String parameter, String message, Certainty certainty, SourceRef source) {
    }
}
