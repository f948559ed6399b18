package fr.assistantmedical.api.model.collective;

import fr.assistantmedical.api.model.Explanation.Warning;
import fr.assistantmedical.contract.core.ContractAction;
import fr.assistantmedical.contract.core.ContractStatus;
import fr.assistantmedical.rules.StructureType;
import fr.assistantmedical.api.model.contract.ContractWarning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A collective contract and where it stands.
 *
 * @param currentYear the contract year containing today; 0 before the signature date, null after the end
 * @param aidDue the amounts the reviewed years made due
 * @param followUpWarnings suspensions, and a group's total patientèle fallen below its start at the latest review
 */
public record CollectiveContractResponse(UUID id, String cpamCode, StructureType structureType, String companyId,
        BigDecimal etp, LocalDate signedOn, String regime, ContractStatus status, String statusLabel,
        LocalDate assistantHiredOn, LocalDate endsOn, String endReason, Set<ContractAction> allowedActions,
        List<Member> members, Objective objective, List<Year> years, Integer currentYear, int reviewedYears,
        BigDecimal totalMaxAid, BigDecimal aidDue, boolean provisional, List<Warning> warnings,
        List<ContractWarning> followUpWarnings, long version) {

    public record Member(String rpps, Integer patientsMt, Integer patientsFileActive, LocalDate installedOn,
            Target ownMt, Target ownFileActive) {
    }

    public record Target(int start, int target) {
    }

    public record Objective(Target patientsMt, Target patientsFileActive) {
    }

    /** A contract year and, once reviewed, the group's counts and the aid due. */
    public record Year(int contractYear, LocalDate from, LocalDate to, BigDecimal maxAid, boolean objectiveChecked,
            Review review) {
    }

    public record Review(int patientsMt, int patientsFileActive, BigDecimal achievement, String modulation,
            BigDecimal amountDue, LocalDate reviewedOn, boolean provisional) {
    }
}
