package fr.assistantmedical.contract.persistence;

import fr.assistantmedical.contract.core.Contract;
import fr.assistantmedical.contract.core.ContractObjective;
import fr.assistantmedical.contract.core.ContractYear;
import fr.assistantmedical.contract.core.Payment;
import fr.assistantmedical.contract.core.Review;
import fr.assistantmedical.contract.core.Suspension;
import fr.assistantmedical.rules.AidDue.Target;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Warning;
import java.util.List;
import java.util.function.Function;

/** Between the rows of a contract and the contract the rules work on. */
final class ContractRecords {

    private ContractRecords() {
    }

    static Contract contract(ContractEntity c, List<ContractYearEntity> years, List<ReviewEntity> reviews,
            List<SuspensionEntity> suspensions, Function<String, List<Warning>> warnings) {
        return Contract.builder().id(c.id).rpps(c.rpps).cpamCode(c.cpamCode)
                .profile(new Profile(c.signedOn, c.specialty, c.sector, c.optam, c.patientsMt, c.patientsFileActive,
                        c.ccamShare, c.age == null ? null : c.age.intValue(), c.installedOn, c.priorityZone,
                        c.groupPractice, c.percentileBand))
                .option(c.option).regime(c.regime)
                .objective(new ContractObjective(c.objectiveBasis, c.objectiveSetBy,
                        target(c.objectiveMtStart, c.objectiveMtTarget, c.objectiveMtMinimum),
                        target(c.objectiveFaStart, c.objectiveFaTarget, c.objectiveFaMinimum)))
                .signingWarnings(warnings.apply(c.warnings)).provisional(c.provisional)
                .rulebookVersion(c.rulebookVersion).status(c.status).assistantHiredOn(c.assistantHiredOn)
                .endsOn(c.endsOn).amountsFromYear(c.amountsFromYear)
                .suspensions(suspensions.stream().map(s -> new Suspension(s.startsOn, s.endsOn)).toList())
                .years(years.stream().map(ContractRecords::year).toList())
                .reviews(reviews.stream().map(r -> review(r, warnings)).toList())
                .previousContractId(c.previousContractId).renewedById(c.renewedById).version(c.version)
                .createdAt(c.createdAt).createdBy(c.createdBy).updatedAt(c.updatedAt).build();
    }

    /** Writes what a contract's row holds; the identity and the signature's facts are written once. */
    static void write(Contract c, ContractEntity e, String warnings) {
        if (e.id == null) {
            Profile p = c.profile();
            e.id = c.id();
            e.rpps = c.rpps();
            e.cpamCode = c.cpamCode();
            e.specialty = p.specialty();
            e.sector = (short) p.sector();
            e.optam = p.optam();
            e.option = c.option();
            e.signedOn = p.asOf();
            e.regime = c.regime();
            e.patientsMt = p.patientsMt();
            e.patientsFileActive = p.patientsFileActive();
            e.percentileBand = p.percentileBand();
            e.priorityZone = p.priorityZone();
            e.groupPractice = p.groupPractice();
            e.ccamShare = p.ccamShare();
            e.age = p.age() == null ? null : p.age().shortValue();
            e.installedOn = p.installedOn();
            e.rulebookVersion = c.rulebookVersion();
            e.amountsFromYear = (short) c.amountsFromYear();
            e.previousContractId = c.previousContractId();
            e.createdAt = c.createdAt();
            e.createdBy = c.createdBy();
        }
        ContractObjective o = c.objective();
        e.objectiveBasis = o.basis();
        e.objectiveSetBy = o.setBy();
        e.objectiveMtStart = o.patientsMt() == null ? null : o.patientsMt().start();
        e.objectiveMtTarget = o.patientsMt() == null ? null : o.patientsMt().target();
        e.objectiveMtMinimum = o.patientsMt() == null ? null : o.patientsMt().minimum();
        e.objectiveFaStart = o.patientsFileActive() == null ? null : o.patientsFileActive().start();
        e.objectiveFaTarget = o.patientsFileActive() == null ? null : o.patientsFileActive().target();
        e.objectiveFaMinimum = o.patientsFileActive() == null ? null : o.patientsFileActive().minimum();
        e.warnings = warnings;
        e.provisional = c.provisional();
        e.status = c.status();
        e.assistantHiredOn = c.assistantHiredOn();
        e.endsOn = c.endsOn();
        e.renewedById = c.renewedById();
        e.version = c.version();
        e.updatedAt = c.updatedAt();
    }

    static ContractYear year(ContractYearEntity y) {
        return ContractYear.builder().number(y.contractYear).from(y.startsOn).to(y.endsOn).yearDays(y.yearDays)
                .regime(y.regime).amountRow(y.amountRow).maxAid(y.maxAid).objectiveChecked(y.objectiveChecked)
                .daysDue(y.daysDue).aidCeiling(y.aidCeiling).amountDue(y.amountDue).amountPaid(y.amountPaid).build();
    }

    static void write(ContractYear y, ContractYearEntity e) {
        e.contractYear = (short) y.number();
        e.startsOn = y.from();
        e.endsOn = y.to();
        e.yearDays = (short) y.yearDays();
        e.regime = y.regime();
        e.amountRow = y.amountRow();
        e.maxAid = y.maxAid();
        e.objectiveChecked = y.objectiveChecked();
        e.daysDue = (short) y.daysDue();
        e.aidCeiling = y.aidCeiling();
        e.amountDue = y.amountDue();
        e.amountPaid = y.amountPaid();
    }

    static Review review(ReviewEntity r, Function<String, List<Warning>> warnings) {
        return Review.builder().id(r.id).contractId(r.contractId).contractYear(r.contractYear).revision(r.revision)
                .patientsMt(r.patientsMt).patientsFileActive(r.patientsFileActive).difficulties(r.difficulties)
                .achievementMt(r.achievementMt).achievementFa(r.achievementFa).achievement(r.achievement)
                .maxAid(r.maxAid).daysDue(r.daysDue == null ? null : r.daysDue.intValue())
                .daysChecked(r.daysChecked == null ? null : r.daysChecked.intValue()).amountDue(r.amountDue)
                .provisional(r.provisional).warnings(warnings.apply(r.warnings)).requestHash(r.requestHash)
                .reviewedOn(r.reviewedOn).correctionReason(r.correctionReason).createdAt(r.createdAt)
                .createdBy(r.createdBy).build();
    }

    static ReviewEntity entity(Review r, String warnings) {
        ReviewEntity e = new ReviewEntity();
        e.id = r.id();
        e.contractId = r.contractId();
        e.contractYear = (short) r.contractYear();
        e.revision = (short) r.revision();
        e.patientsMt = r.patientsMt();
        e.patientsFileActive = r.patientsFileActive();
        e.difficulties = r.difficulties();
        e.achievementMt = r.achievementMt();
        e.achievementFa = r.achievementFa();
        e.achievement = r.achievement();
        e.maxAid = r.maxAid();
        e.daysDue = r.daysDue() == null ? null : r.daysDue().shortValue();
        e.daysChecked = r.daysChecked() == null ? null : r.daysChecked().shortValue();
        e.amountDue = r.amountDue();
        e.provisional = r.provisional();
        e.warnings = warnings;
        e.requestHash = r.requestHash();
        e.reviewedOn = r.reviewedOn();
        e.correctionReason = r.correctionReason();
        e.createdAt = r.createdAt();
        e.createdBy = r.createdBy();
        return e;
    }

    static Payment payment(PaymentEntity p) {
        return p == null ? null : new Payment(p.id, p.contractId, p.contractYear, p.amount, p.paidOn, p.reference,
                p.createdAt, p.createdBy);
    }

    static PaymentEntity entity(Payment p) {
        PaymentEntity e = new PaymentEntity();
        e.id = p.id();
        e.contractId = p.contractId();
        e.contractYear = (short) p.contractYear();
        e.amount = p.amount();
        e.paidOn = p.paidOn();
        e.reference = p.reference();
        e.createdAt = p.createdAt();
        e.createdBy = p.createdBy();
        return e;
    }

    private static Target target(Integer start, Integer target, Integer minimum) {
        return start == null || target == null ? null : new Target(start, target, minimum);
    }
}
