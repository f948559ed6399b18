package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The verdict on a group's collective contract.
 *
 * @param averageMt the members' average patientèle médecin traitant, to the hundredth; null when a count is missing
 * @param maxEtp the most ETP the group may ask for on the date; null when it cannot be counted
 */
public record CollectiveEligibility(EligibilityStatus status, Regime regime, BigDecimal averageMt, BigDecimal maxEtp,
        List<Reason> reasons, List<String> missingInputs, List<Warning> warnings, List<TraceStep> trace) {

    public boolean provisional() {
        return !warnings.isEmpty();
    }
}
