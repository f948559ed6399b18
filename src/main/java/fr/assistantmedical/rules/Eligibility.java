package fr.assistantmedical.rules;

import java.util.List;

/**
 * The eligibility verdict on a date.
 *
 * @param options the options open to the doctor (none when not eligible)
 * @param missingInputs request fields that would settle an undecided condition
 */
public record Eligibility(EligibilityStatus status, Regime regime, List<Option> options, List<Reason> reasons,
        List<String> missingInputs, List<Warning> warnings, List<TraceStep> trace) {

    public boolean provisional() {
        return !warnings.isEmpty();
    }
}
