package fr.assistantmedical.contract.core;

import static fr.assistantmedical.rules.Text.date;

import fr.assistantmedical.rules.AidDue;
import fr.assistantmedical.rules.Ratio;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Warning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The annual review of a contract year. A year is reviewed once it has ended. Years before the
 * objective is checked are due in full; later ones are modulated by the objective reached (rulebook
 * {@code review.modulation}). Only days with aid count, and the amount is rounded once, to the cent.
 * The same review again changes nothing; a different one needs a correction reason, and then
 * supersedes the previous one.
 */
public final class Reviews {

    /** What a review gives for a year, before it is recorded. */
    public record Assessment(BigDecimal achievementMt, BigDecimal achievementFa, BigDecimal achievement,
            int daysChecked, BigDecimal amountDue, List<Warning> warnings) {
    }

    /** A review recorded, or found again. */
    public record Outcome(Change change, Review review, boolean replayed) {
    }

    private Reviews() {
    }

    public static Outcome review(Contract contract, Commands.Review request, Context context) {
        if (!contract.activated()) {
            throw new ContractConflictException("not-activated", "Le contrat n'a jamais été activé : aucune aide "
                    + "n'est due avant l'embauche de l'assistant, et aucune année ne peut être revue.");
        }
        ContractYear year = Payments.existingYear(contract, request.contractYear());
        String hash = Review.hash(request);
        Review current = contract.currentReview(year.number()).orElse(null);
        if (current != null && current.requestHash().equals(hash)) {
            return new Outcome(Change.none(contract), current, true);
        }
        boolean correction = request.correctionReason() != null && !request.correctionReason().isBlank();
        if (current != null && !correction) {
            throw new ContractConflictException("review-exists", "L'année " + year.number() + " a déjà été revue le "
                    + date(current.reviewedOn()) + " avec d'autres chiffres. Pour la corriger, joindre le motif "
                    + "de la correction.");
        }
        if (current == null && correction) {
            throw new ContractValidationException("correctionReason", "l'année " + year.number()
                    + " n'a pas encore été revue : il n'y a rien à corriger");
        }
        if (!context.today().isAfter(year.to())) {
            throw new ContractValidationException("contractYear", "l'année " + year.number() + " se termine le "
                    + date(year.to()) + " : elle pourra être revue à partir du " + date(year.to().plusDays(1)));
        }
        requireCount(contract.objective().patientsMt(), request.patientsMt(), "patientsMt");
        requireCount(contract.objective().patientsFileActive(), request.patientsFileActive(), "patientsFileActive");
        Assessment assessment = assess(contract, year, Schedule.objectiveClock(contract, context.rulebook()),
                request.patientsMt(), request.patientsFileActive(), context.rulebook());
        Review review = Review.builder().id(UUID.randomUUID()).contractId(contract.id()).contractYear(year.number())
                .revision(current == null ? 1 : current.revision() + 1).patientsMt(request.patientsMt())
                .patientsFileActive(request.patientsFileActive()).difficulties(request.difficulties())
                .achievementMt(assessment.achievementMt()).achievementFa(assessment.achievementFa())
                .achievement(assessment.achievement()).maxAid(year.maxAid()).daysDue(year.daysDue())
                .daysChecked(assessment.daysChecked()).amountDue(assessment.amountDue())
                .provisional(!assessment.warnings().isEmpty()).warnings(assessment.warnings()).requestHash(hash)
                .reviewedOn(context.today()).correctionReason(correction ? request.correctionReason() : null)
                .createdAt(context.now()).createdBy(context.actor()).build();
        List<Review> reviews = new ArrayList<>(contract.reviews());
        reviews.add(review);
        List<ContractYear> years = contract.years().stream().map(y -> y.number() != year.number() ? y
                : y.toBuilder().amountDue(assessment.amountDue()).build()).toList();
        Change change = Change.of(contract, contract.toBuilder().reviews(reviews).years(years), context,
                correction ? "REVIEW_CORRECTED" : "REVIEWED", context.today(),
                correction ? request.correctionReason() : "Revue de l'année " + year.number());
        return new Outcome(change, review, false);
    }

    /**
     * The aid due for a year with the counts observed: the maximum × (days due in full + days under
     * the objective × the modulation) / days of the year, rounded once.
     *
     * @param clock the first day under the objective, null while the objective clock is stopped
     */
    static Assessment assess(Contract contract, ContractYear year, LocalDate clock, Integer observedMt,
            Integer observedFa, Rulebook rulebook) {
        int checked = Schedule.daysChecked(contract, year, clock);
        int tableYear = year.number() + contract.amountsFromYear() - 1;
        int checkedFrom = LawParameters.objectiveCheckedFromYear(rulebook, contract.signedOn());
        AidDue.Result result = null;
        if (checked > 0 || tableYear < checkedFrom) {
            try {
                result = AidDue.review(rulebook, contract.signedOn(), tableYear, year.maxAid(),
                        contract.objective().patientsMt(), contract.objective().patientsFileActive(), observedMt,
                        observedFa);
            } catch (AidDue.ObjectiveUnknownException e) {
                throw new ContractConflictException("objective-unknown", "L'objectif du contrat reste à fixer : "
                        + "l'aide de l'année " + year.number() + " dépend de son atteinte et ne peut être calculée. "
                        + "La caisse fixe d'abord l'objectif.");
            }
        }
        Ratio factor = checked > 0 ? result.factor() : Ratio.ONE;
        long yearDays = year.yearDays();
        Ratio share = Ratio.of(year.daysDue() - checked, yearDays).plus(Ratio.of(checked, yearDays).times(factor));
        List<Warning> warnings = new ArrayList<>(result == null ? List.of() : result.warnings());
        if (year.daysDue() < year.yearDays()) {
            warnings.add(new Warning("daysDue", "Aide proratisée : " + year.daysDue() + " jours d'aide sur "
                    + year.yearDays() + " (avant l'embauche, suspension ou fin du contrat). Règle provisoire, "
                    + "faute de source sur la proratisation."));
        }
        return new Assessment(result == null ? null : result.achievementMt(),
                result == null ? null : result.achievementFa(), checked > 0 ? result.achievement() : null, checked,
                year.maxAid() == null ? null : share.applyTo(year.maxAid()), warnings);
    }

    private static void requireCount(AidDue.Target target, Integer observed, String field) {
        if (target != null && observed == null) {
            throw new ContractValidationException(field, "le contrat porte un objectif sur ce nombre de patients");
        }
    }
}
