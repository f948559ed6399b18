package fr.assistantmedical.api.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.assistantmedical.api.model.Explanation;
import fr.assistantmedical.api.model.contract.ContractPage;
import fr.assistantmedical.api.model.contract.ContractRequest;
import fr.assistantmedical.api.model.contract.ContractResponse;
import fr.assistantmedical.api.model.contract.ContractStatusResponse;
import fr.assistantmedical.api.model.contract.EventResponse;
import fr.assistantmedical.api.model.contract.ObjectiveTargets;
import fr.assistantmedical.api.model.contract.PaymentRequest;
import fr.assistantmedical.api.model.contract.PaymentResponse;
import fr.assistantmedical.api.model.contract.ReviewRequest;
import fr.assistantmedical.api.model.contract.TransitionRequest;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.contract.Commands;
import fr.assistantmedical.contract.ContractLifecycle;
import fr.assistantmedical.contract.ContractService;
import fr.assistantmedical.contract.ContractState;
import fr.assistantmedical.contract.Rpps;
import fr.assistantmedical.contract.persistence.ContractEntity;
import fr.assistantmedical.contract.persistence.ContractYearEntity;
import fr.assistantmedical.contract.persistence.EventEntity;
import fr.assistantmedical.contract.persistence.PaymentEntity;
import fr.assistantmedical.contract.persistence.ReviewEntity;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Rulebook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Between the contract API model and the contract domain. */
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
        return new Commands.Review(r.contractYear, r.patientsMt, r.patientsFileActive, r.difficulties);
    }

    public static Commands.Payment toCommand(PaymentRequest r) {
        return new Commands.Payment(r.contractYear, r.amount.setScale(2), r.paidOn, r.reference);
    }

    public static ContractResponse contract(ContractState state, Function<ReviewEntity, List<Explanation.Warning>> warnings) {
        ContractEntity c = state.contract();
        List<ContractResponse.Year> years = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO.setScale(2);
        BigDecimal due = BigDecimal.ZERO.setScale(2);
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        for (ContractYearEntity y : state.years()) {
            ReviewEntity review = state.reviews().stream().filter(r -> r.contractYear == y.contractYear).findFirst()
                    .orElse(null);
            years.add(new ContractResponse.Year(y.contractYear, y.startsOn, y.endsOn, y.regime, y.amountRow, y.maxAid,
                    y.objectiveChecked, y.amountDue, y.amountPaid, review == null ? null : review(review, warnings)));
            max = max == null || y.maxAid == null ? null : max.add(y.maxAid);
            due = y.amountDue == null ? due : due.add(y.amountDue);
            paid = paid.add(y.amountPaid);
        }
        return new ContractResponse(c.id, c.rpps, c.cpamCode, c.specialty, String.valueOf(c.sector), c.optam,
                c.option, c.signedOn, c.regime, c.status, List.copyOf(ContractLifecycle.allowed(c.status)),
                c.patientsMt, c.patientsFileActive, c.percentileBand, c.priorityZone, c.assistantHiredOn, c.endsOn,
                c.previousContractId, c.renewedById,
                new ContractResponse.Objective(c.objectiveBasis, c.objectiveSetBy,
                        target(c.objectiveMtStart, c.objectiveMtTarget, c.objectiveMtMinimum),
                        target(c.objectiveFaStart, c.objectiveFaTarget, c.objectiveFaMinimum)),
                years, new ContractResponse.Totals(max, due, paid), c.provisional, c.rulebookVersion, c.version,
                c.createdAt, c.updatedAt);
    }

    private static ContractResponse.Review review(ReviewEntity r,
            Function<ReviewEntity, List<Explanation.Warning>> warnings) {
        return new ContractResponse.Review(r.id, r.reviewedOn, r.patientsMt, r.patientsFileActive, r.difficulties,
                r.achievementMt, r.achievementFa, r.achievement, r.amountDue, r.provisional, warnings.apply(r));
    }

    private static ContractResponse.Target target(Integer start, Integer target, Integer minimum) {
        return start == null || target == null ? null
                : new ContractResponse.Target(start, target, target - start, minimum);
    }

    public static ContractStatusResponse status(ContractState state, LocalDate today) {
        ContractEntity c = state.contract();
        int current = ContractService.currentYear(state, today);
        ContractYearEntity year = state.year(current);
        ContractYearEntity next = state.year(current + 1);
        ReviewEntity latest = state.reviews().isEmpty() ? null : state.reviews().get(state.reviews().size() - 1);
        BigDecimal due = BigDecimal.ZERO.setScale(2);
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        BigDecimal max = BigDecimal.ZERO.setScale(2);
        for (ContractYearEntity y : state.years()) {
            due = y.amountDue == null ? due : due.add(y.amountDue);
            paid = paid.add(y.amountPaid);
            max = max == null || y.maxAid == null ? null : max.add(y.maxAid);
        }
        boolean ended = c.endsOn != null && !today.isBefore(c.endsOn);
        return new ContractStatusResponse(c.id, c.status, today, year == null ? 0 : current,
                ended || next == null ? null : next.startsOn, c.endsOn, List.copyOf(ContractLifecycle.allowed(c.status)),
                progress(c.objectiveMtStart, c.objectiveMtTarget, latest == null ? null : latest.patientsMt,
                        latest == null ? null : latest.achievementMt),
                progress(c.objectiveFaStart, c.objectiveFaTarget, latest == null ? null : latest.patientsFileActive,
                        latest == null ? null : latest.achievementFa),
                year == null ? null : new ContractStatusResponse.Aid(year.maxAid, year.amountDue, year.amountPaid),
                new ContractStatusResponse.Aid(max, due, paid), c.version);
    }

    private static ContractStatusResponse.Progress progress(Integer start, Integer target, Integer latest,
            BigDecimal achievement) {
        return start == null || target == null ? null
                : new ContractStatusResponse.Progress(start, target, latest, achievement);
    }

    public static ContractPage.Summary summary(ContractEntity c) {
        return new ContractPage.Summary(c.id, c.rpps, c.cpamCode, c.specialty, c.option, c.signedOn, c.regime,
                c.status, c.version);
    }

    public static EventResponse event(EventEntity e, ObjectMapper json) {
        return new EventResponse(e.id, e.occurredAt, e.actor, e.type, e.effectiveDate, e.reason,
                parse(e.stateBefore, json), parse(e.stateAfter, json));
    }

    public static PaymentResponse payment(PaymentEntity p, ContractState state) {
        return new PaymentResponse(p.id, p.contractId, p.contractYear, p.amount, p.paidOn, p.reference,
                state.year(p.contractYear).amountPaid, state.contract().version);
    }

    private static JsonNode parse(String text, ObjectMapper json) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
