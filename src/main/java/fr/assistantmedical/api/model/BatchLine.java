package fr.assistantmedical.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.assistantmedical.api.problem.Problem.Violation;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.ObjectiveBasis;
import fr.assistantmedical.rules.Option;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One line of a batch answer: the figures of POST /api/v1/simulations for one input line, without the
 * sources and explanations that are the same for every line (GET /api/v1/rulebook has them), or the
 * error of that line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"line", "status", "regime", "options", "missingInputs", "provisional", "simulations", "error"})
public record BatchLine(long line, EligibilityStatus status, String regime, List<Option> options,
        List<String> missingInputs, Boolean provisional, List<Simulated> simulations, LineError error) {

    @JsonPropertyOrder({"option", "maxAid", "totalMaxAid", "objective", "provisional", "warnings"})
    public record Simulated(Option option, List<BigDecimal> maxAid, BigDecimal totalMaxAid, Objective objective,
            boolean provisional, List<String> warnings) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Objective(ObjectiveBasis basis, Target patientsMt, Target patientsFileActive) {
    }

    public record Target(int start, int target, int increase) {
    }

    public record LineError(String title, String detail, List<Violation> violations) {
    }

    /** The last line: how the batch went. */
    public record Summary(SummaryCounts summary) {
    }

    public record SummaryCounts(long lines, long simulated, long errors, Map<EligibilityStatus, Long> status,
            Map<Option, Long> options) {
    }
}
