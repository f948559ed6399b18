package fr.assistantmedical.api.model.contract;

import fr.assistantmedical.contract.core.ContractAction;
import fr.assistantmedical.contract.core.ContractStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The compact view partners ask for (schema ContractStatusView). Filled field by field by the mapper. */
public class ContractStatusResponse {

    public UUID id;
    public ContractStatus status;
    public LocalDate asOf;
    public int currentContractYear;
    public LocalDate nextAnniversary;
    public LocalDate endsOn;
    public List<ContractAction> allowedActions;
    public boolean objectiveToSet;
    public Progress patientsMt;
    public Progress patientsFileActive;
    public Aid currentYear;
    public Aid total;
    public List<ContractWarning> warnings;
    public boolean provisional;
    public long version;

    /**
     * @param latest the count observed at the latest review, or null before any
     * @param progress share of the objective reached at the latest review, 0..1
     */
    public record Progress(int start, int target, Integer latest, BigDecimal progress) {
    }

    public record Aid(BigDecimal maxAid, BigDecimal aidCeiling, BigDecimal amountDue, BigDecimal amountPaid,
            BigDecimal overpaid) {
    }
}
