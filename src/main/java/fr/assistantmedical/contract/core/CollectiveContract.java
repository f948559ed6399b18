package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.AidDue.Target;
import fr.assistantmedical.rules.StructureType;
import fr.assistantmedical.rules.Warning;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A collective contract: signed by a group practice's company for its adhering GPs, for a number of
 * ETP of assistant. The objective is the group's (totals of the members' counts at signature). Immutable.
 *
 * @param endsOn the last day of a contract ended before its term (termination), or null
 * @param years the 5 contract years, with the maximum aid for the ETP signed
 * @param reviews the group's yearly reviews, one per year
 * @param suspensions the periods the contract was suspended, the last one open while it is
 */
public record CollectiveContract(UUID id, String cpamCode, StructureType structureType, String companyId,
        BigDecimal etp, LocalDate signedOn, String regime, List<Member> members, Target mt, Target fa,
        List<Year> years, List<GroupReview> reviews, ContractStatus status, LocalDate assistantHiredOn,
        LocalDate endsOn, String endReason, List<Warning> warnings, String rulebookVersion, long version,
        Instant createdAt, String createdBy, Instant updatedAt, List<Suspension> suspensions) {

    public CollectiveContract {
        members = List.copyOf(members);
        years = years.stream().sorted(Comparator.comparingInt(Year::number)).toList();
        reviews = reviews.stream().sorted(Comparator.comparingInt(GroupReview::contractYear)).toList();
        warnings = List.copyOf(warnings);
        // Documents written before suspensions existed have none.
        suspensions = suspensions == null ? List.of() : List.copyOf(suspensions);
    }

    /**
     * An adhering doctor, with the counts at signature.
     *
     * @param ownMt the median to reach after 3 years, for a member installed less than 12 months before
     */
    public record Member(String rpps, Integer patientsMt, Integer patientsFileActive, LocalDate installedOn,
            Target ownMt, Target ownFa) {
    }

    public record Year(int number, LocalDate from, LocalDate to, BigDecimal maxAid, boolean objectiveChecked) {
    }

    /** The group's totals at the end of a year, and what they make due. */
    public record GroupReview(int contractYear, int patientsMt, int patientsFileActive, BigDecimal achievement,
            String modulation, BigDecimal amountDue, List<Warning> warnings, LocalDate reviewedOn, String reviewedBy) {

        public GroupReview {
            warnings = List.copyOf(warnings);
        }
    }

    public boolean provisional() {
        return !warnings.isEmpty();
    }

    /** The last day the contract binds its members: the termination date, or the last day of year 5. */
    public LocalDate lastDay() {
        return endsOn != null ? endsOn : years.get(years.size() - 1).to();
    }

    public Optional<Year> year(int n) {
        return years.stream().filter(y -> y.number() == n).findFirst();
    }

    public Optional<GroupReview> review(int n) {
        return reviews.stream().filter(r -> r.contractYear() == n).findFirst();
    }

    /** @throws PreconditionFailedException when If-Match named another version than this one */
    public void requireVersion(Set<Long> ifMatch) {
        if (ifMatch != null && !ifMatch.contains(version)) {
            throw new PreconditionFailedException(version);
        }
    }

    CollectiveContract with(ContractStatus newStatus, LocalDate hiredOn, LocalDate newEndsOn, String reason,
            List<GroupReview> newReviews, Context context) {
        return with(newStatus, hiredOn, newEndsOn, reason, newReviews, suspensions, context);
    }

    CollectiveContract with(ContractStatus newStatus, LocalDate hiredOn, LocalDate newEndsOn, String reason,
            List<GroupReview> newReviews, List<Suspension> newSuspensions, Context context) {
        return new CollectiveContract(id, cpamCode, structureType, companyId, etp, signedOn, regime, members, mt, fa,
                years, newReviews, newStatus, hiredOn, newEndsOn, reason, warnings, rulebookVersion, version + 1,
                createdAt, createdBy, context.now(), newSuspensions);
    }
}
