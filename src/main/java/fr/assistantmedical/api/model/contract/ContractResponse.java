package fr.assistantmedical.api.model.contract;

import fr.assistantmedical.api.model.Explanation.Warning;
import fr.assistantmedical.contract.ContractAction;
import fr.assistantmedical.contract.ContractStatus;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ContractResponse(UUID id, String rpps, String cpamCode, String specialty, String sector, Boolean optam,
        Option option, LocalDate signedOn, String regime, ContractStatus status, List<ContractAction> allowedActions,
        Integer patientsMt, Integer patientsFileActive, PercentileBand percentileBand, Boolean priorityZone,
        LocalDate assistantHiredOn, LocalDate endsOn, UUID previousContractId, UUID renewedById, Objective objective,
        List<Year> years, Totals totals, boolean provisional, String rulebookVersion, long version, Instant createdAt,
        Instant updatedAt) {

    public record Objective(String basis, String setBy, Target patientsMt, Target patientsFileActive) {
    }

    public record Target(int start, int target, int increase, Integer minimum) {
    }

    public record Year(int contractYear, LocalDate from, LocalDate to, String regime, String amountRow,
            BigDecimal maxAid, boolean objectiveChecked, BigDecimal amountDue, BigDecimal amountPaid,
            Review review) {
    }

    public record Review(UUID id, LocalDate reviewedOn, Integer patientsMt, Integer patientsFileActive,
            String difficulties, BigDecimal achievementMt, BigDecimal achievementFa, BigDecimal achievement,
            BigDecimal amountDue, boolean provisional, List<Warning> warnings) {
    }

    public record Totals(BigDecimal maxAid, BigDecimal amountDue, BigDecimal amountPaid) {
    }
}
