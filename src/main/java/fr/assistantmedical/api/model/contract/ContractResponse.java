package fr.assistantmedical.api.model.contract;

import fr.assistantmedical.api.model.Explanation.Warning;
import fr.assistantmedical.contract.core.ContractAction;
import fr.assistantmedical.contract.core.ContractStatus;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The contract (schema Contract). Filled field by field by the mapper. */
public class ContractResponse {

    public UUID id;
    public String rpps;
    public String cpamCode;
    public String specialty;
    public String sector;
    public Boolean optam;
    public Option option;
    public LocalDate signedOn;
    public String regime;
    public ContractStatus status;
    public List<ContractAction> allowedActions;
    public Integer patientsMt;
    public Integer patientsFileActive;
    public PercentileBand percentileBand;
    public Boolean priorityZone;
    public LocalDate assistantHiredOn;
    public LocalDate endsOn;
    public UUID previousContractId;
    public UUID renewedById;
    public Objective objective;
    public List<Period> suspensions;
    public List<Year> years;
    public Totals totals;
    public List<ContractWarning> warnings;
    public boolean provisional;
    public String rulebookVersion;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    /** @param toSet no target yet: « objectif à fixer » */
    public record Objective(String basis, String setBy, boolean toSet, Target patientsMt, Target patientsFileActive) {
    }

    public record Target(int start, int target, int increase, Integer minimum) {
    }

    public record Period(LocalDate from, LocalDate to) {
    }

    public static class Year {
        public int contractYear;
        public LocalDate from;
        public LocalDate to;
        public int yearDays;
        public int daysDue;
        public String regime;
        public String amountRow;
        public BigDecimal maxAid;
        public BigDecimal aidCeiling;
        public boolean objectiveChecked;
        public BigDecimal amountDue;
        public BigDecimal amountPaid;
        public BigDecimal overpaid;
        public Review review;
        public List<Review> previousReviews;
    }

    public static class Review {
        public UUID id;
        public int revision;
        public LocalDate reviewedOn;
        public Integer patientsMt;
        public Integer patientsFileActive;
        public String difficulties;
        public BigDecimal achievementMt;
        public BigDecimal achievementFa;
        public BigDecimal achievement;
        public Integer daysDue;
        public Integer daysChecked;
        public BigDecimal amountDue;
        public String correctionReason;
        public boolean provisional;
        public List<Warning> warnings;
    }

    public record Totals(BigDecimal maxAid, BigDecimal aidCeiling, BigDecimal amountDue, BigDecimal amountPaid,
            BigDecimal overpaid) {
    }
}
