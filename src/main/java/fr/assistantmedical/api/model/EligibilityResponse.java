package fr.assistantmedical.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.assistantmedical.api.model.Explanation.SourceRef;
import fr.assistantmedical.api.model.Explanation.Step;
import fr.assistantmedical.api.model.Explanation.Warning;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.Outcome;
import java.time.LocalDate;
import java.util.List;

public record EligibilityResponse(LocalDate asOf, EligibilityStatus status, String regime, List<Option> options,
        List<Reason> reasons, List<String> missingInputs, boolean provisional, List<Warning> warnings,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> trace) {

    public record Reason(String code, Outcome outcome, String message, Option option, String parameter,
            SourceRef source, String input) {
    }
}
