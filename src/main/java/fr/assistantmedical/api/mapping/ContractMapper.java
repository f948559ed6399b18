package fr.assistantmedical.api.mapping;

import fr.assistantmedical.api.model.Explanation;
import fr.assistantmedical.api.model.contract.ContractPage;
import fr.assistantmedical.api.model.contract.ContractRequest;
import fr.assistantmedical.api.model.contract.ContractResponse;
import fr.assistantmedical.api.model.contract.ContractStatusResponse;
import fr.assistantmedical.api.model.contract.ContractWarning;
import fr.assistantmedical.api.model.contract.EventResponse;
import fr.assistantmedical.api.model.contract.ObjectiveRequest;
import fr.assistantmedical.api.model.ObjectiveTargets;
import fr.assistantmedical.api.model.contract.PaymentRequest;
import fr.assistantmedical.api.model.contract.PaymentResponse;
import fr.assistantmedical.api.model.contract.ReviewRequest;
import fr.assistantmedical.api.model.contract.TransitionRequest;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.contract.core.Commands;
import fr.assistantmedical.contract.core.Contract;
import fr.assistantmedical.contract.core.ContractObjective;
import fr.assistantmedical.contract.core.ContractSummary;
import fr.assistantmedical.contract.core.ContractView;
import fr.assistantmedical.contract.core.ContractYear;
import fr.assistantmedical.contract.core.LoggedEvent;
import fr.assistantmedical.contract.core.Payment;
import fr.assistantmedical.contract.core.Review;
import fr.assistantmedical.contract.core.Rpps;
import fr.assistantmedical.rules.AidDue.Target;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Rulebook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Between the contract API model and the contract domain: requests to commands, views to answers. */
public final class ContractMapper {

    private ContractMapper() {
    }

    public static Commands.Sign toCommand(ContractRequest r, Rulebook rulebook, LocalDate today) {
        Profile profile = ProfileMapper.toProfile(r, rulebook, today);
        if (!Rpps.isValid(r.rpps)) {
            throw new InvalidRequestException("rpps", "numéro RPPS invalide : 11 chiffres dont une clé de contrôle");
        }
        ObjectiveTargets t = r.objectiveTargets;
        if (t != null && t.patientsMt != null && r.patientsMt == null) {
            throw new InvalidRequestException("patientsMt", "un objectif de patientèle médecin traitant demande "
                    + "l'effectif de départ");
        }
        if (t != null && t.patientsFileActive != null && r.patientsFileActive == null) {
            throw new InvalidRequestException("patientsFileActive", "un objectif de file active demande l'effectif "
                    + "de départ");
        }
        return new Commands.Sign(r.rpps, r.cpamCode, profile, r.option, t == null ? null : t.patientsMt,
                t == null ? null : t.patientsFileActive);
    }

    public static Commands.Transition toCommand(TransitionRequest r) {
        Commands.Renewal renewal = null;
        if (r.renewal != null) {
            ObjectiveTargets t = r.renewal.objectiveTargets;
            renewal = new Commands.Renewal(r.renewal.option, r.renewal.patientsMt, r.renewal.patientsFileActive,
                    r.renewal.percentileBand, t == null ? null : t.patientsMt, t == null ? null : t.patientsFileActive);
        }
        return new Commands.Transition(r.action, r.effectiveDate, r.reason, r.initiator, renewal);
    }

    public static Commands.Review toCommand(ReviewRequest r) {
        return new Commands.Review(r.contractYear, r.patientsMt, r.patientsFileActive, r.difficulties,
                r.correctionReason);
    }

    public static Commands.Payment toCommand(PaymentRequest r) {
        return new Commands.Payment(r.contractYear, r.amount.setScale(2), r.paidOn, r.reference);
    }

    public static Commands.SetObjective toCommand(ObjectiveRequest r) {
        return new Commands.SetObjective(r.patientsMt, r.patientsFileActive, r.reason);
    }

    public static ContractResponse contract(ContractView view) {
        Contract c = view.contract();
        ContractResponse r = new ContractResponse();
        r.id = c.id();
        r.rpps = c.rpps();
        r.cpamCode = c.cpamCode();
        r.specialty = c.profile().specialty();
        r.sector = String.valueOf(c.profile().sector());
        r.optam = c.profile().optam();
        r.option = c.option();
        r.signedOn = c.signedOn();
        r.regime = c.regime();
        r.status = c.status();
        r.allowedActions = view.allowedActions();
        r.patientsMt = c.profile().patientsMt();
        r.patientsFileActive = c.profile().patientsFileActive();
        r.percentileBand = c.profile().percentileBand();
        r.priorityZone = c.profile().priorityZone();
        r.assistantHiredOn = c.assistantHiredOn();
        r.endsOn = c.endsOn();
        r.previousContractId = c.previousContractId();
        r.renewedById = c.renewedById();
        ContractObjective o = c.objective();
        r.objective = new ContractResponse.Objective(o.basis(), o.setBy(), o.toSet(), target(o.patientsMt()),
                target(o.patientsFileActive()));
        r.suspensions = c.suspensions().stream().map(s -> new ContractResponse.Period(s.from(), s.to())).toList();
        r.years = view.years().stream().map(ContractMapper::year).toList();
        ContractView.Totals t = view.totals();
        r.totals = new ContractResponse.Totals(t.maxAid(), t.aidCeiling(), t.amountDue(), t.amountPaid(), t.overpaid());
        r.warnings = warnings(view);
        r.provisional = view.provisional();
        r.rulebookVersion = c.rulebookVersion();
        r.version = c.version();
        r.createdAt = c.createdAt();
        r.updatedAt = c.updatedAt();
        return r;
    }

    private static ContractResponse.Year year(ContractView.YearView view) {
        ContractYear y = view.year();
        ContractResponse.Year r = new ContractResponse.Year();
        r.contractYear = y.number();
        r.from = y.from();
        r.to = y.to();
        r.yearDays = y.yearDays();
        r.daysDue = y.daysDue();
        r.regime = y.regime();
        r.amountRow = y.amountRow();
        r.maxAid = y.maxAid();
        r.aidCeiling = y.aidCeiling();
        r.objectiveChecked = y.objectiveChecked();
        r.amountDue = y.amountDue();
        r.amountPaid = y.amountPaid();
        r.overpaid = view.overpaid();
        r.review = view.review() == null ? null : review(view.review());
        r.previousReviews = view.previousReviews().stream().map(ContractMapper::review).toList();
        return r;
    }

    private static ContractResponse.Review review(Review review) {
        ContractResponse.Review r = new ContractResponse.Review();
        r.id = review.id();
        r.revision = review.revision();
        r.reviewedOn = review.reviewedOn();
        r.patientsMt = review.patientsMt();
        r.patientsFileActive = review.patientsFileActive();
        r.difficulties = review.difficulties();
        r.achievementMt = review.achievementMt();
        r.achievementFa = review.achievementFa();
        r.achievement = review.achievement();
        r.daysDue = review.daysDue();
        r.daysChecked = review.daysChecked();
        r.amountDue = review.amountDue();
        r.correctionReason = review.correctionReason();
        r.provisional = review.provisional();
        r.warnings = review.warnings().stream().map(w -> new Explanation.Warning(w.parameter(), w.message())).toList();
        return r;
    }

    private static ContractResponse.Target target(Target t) {
        return t == null ? null : new ContractResponse.Target(t.start(), t.target(), t.target() - t.start(),
                t.minimum());
    }

    public static ContractStatusResponse status(ContractView view) {
        Contract c = view.contract();
        ContractStatusResponse r = new ContractStatusResponse();
        r.id = c.id();
        r.status = c.status();
        r.asOf = view.asOf();
        r.currentContractYear = view.currentYear();
        r.nextAnniversary = view.nextAnniversary();
        r.endsOn = c.endsOn();
        r.allowedActions = view.allowedActions();
        r.objectiveToSet = c.objective().toSet();
        Review latest = view.latestReview();
        r.patientsMt = progress(c.objective().patientsMt(), latest == null ? null : latest.patientsMt(),
                latest == null ? null : latest.achievementMt());
        r.patientsFileActive = progress(c.objective().patientsFileActive(),
                latest == null ? null : latest.patientsFileActive(), latest == null ? null : latest.achievementFa());
        ContractView.YearView current = view.year(view.currentYear());
        r.currentYear = current == null ? null : aid(current.year().maxAid(), current.year().aidCeiling(),
                current.year().amountDue(), current.year().amountPaid(), current.overpaid());
        ContractView.Totals t = view.totals();
        r.total = aid(t.maxAid(), t.aidCeiling(), t.amountDue(), t.amountPaid(), t.overpaid());
        r.warnings = warnings(view);
        r.provisional = view.provisional();
        r.version = c.version();
        return r;
    }

    private static ContractStatusResponse.Aid aid(BigDecimal max, BigDecimal ceiling, BigDecimal due, BigDecimal paid,
            BigDecimal overpaid) {
        return new ContractStatusResponse.Aid(max, ceiling, due, paid, overpaid);
    }

    private static ContractStatusResponse.Progress progress(Target target, Integer latest, BigDecimal achievement) {
        return target == null ? null
                : new ContractStatusResponse.Progress(target.start(), target.target(), latest, achievement);
    }

    private static List<ContractWarning> warnings(ContractView view) {
        return view.warnings().stream()
                .map(w -> new ContractWarning(w.code(), w.message(), w.parameter(), w.contractYear())).toList();
    }

    public static ContractPage.Summary summary(ContractSummary c) {
        return new ContractPage.Summary(c.id(), c.rpps(), c.cpamCode(), c.specialty(), c.option(), c.signedOn(),
                c.regime(), c.status(), c.version());
    }

    public static EventResponse event(LoggedEvent e) {
        return new EventResponse(e.sequence(), e.occurredAt(), e.actor(), e.type(), e.effectiveDate(), e.reason(),
                e.before(), e.after());
    }

    public static PaymentResponse payment(Payment p, ContractView view) {
        return new PaymentResponse(p.id(), p.contractId(), p.contractYear(), p.amount(), p.paidOn(), p.reference(),
                view.year(p.contractYear()).year().amountPaid(), view.contract().version());
    }
}
