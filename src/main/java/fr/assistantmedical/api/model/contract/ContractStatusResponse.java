package fr.assistantmedical.api.model.contract;

import fr.assistantmedical.contract.ContractAction;
import fr.assistantmedical.contract.ContractStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The compact view partners ask for. */
public record ContractStatusResponse(UUID id, ContractStatus status, LocalDate asOf, int currentContractYear,
        LocalDate nextAnniversary, LocalDate endsOn, List<ContractAction> allowedActions, Progress patientsMt,
        Progress patientsFileActive, Aid currentYear, Aid total, long version) {

    /**
     * @param latest the count observed at the latest review, or null before any
     * @param progress share of the objective reached at the latest review, 0..1
     */
    public record Progress(int start, int target, Integer latest, BigDecimal progress) {
    }

    public record Aid(BigDecimal maxAid, BigDecimal amountDue, BigDecimal amountPaid) {
    }
}
