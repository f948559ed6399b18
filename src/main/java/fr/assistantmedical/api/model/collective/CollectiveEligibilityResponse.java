package fr.assistantmedical.api.model.collective;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.assistantmedical.api.model.EligibilityResponse.Reason;
import fr.assistantmedical.api.model.Explanation.Step;
import fr.assistantmedical.api.model.Explanation.Warning;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.StructureType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * @param regime null when no collective contract is in force on the date
 * @param averageMt null when a member's patientèle médecin traitant is missing
 * @param maxEtp null when the ceiling cannot be counted
 */
public record CollectiveEligibilityResponse(LocalDate asOf, EligibilityStatus status, String regime,
        StructureType structureType, int members, BigDecimal averageMt, BigDecimal maxEtp, List<Reason> reasons,
        List<String> missingInputs, boolean provisional, List<Warning> warnings,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> trace) {
}
