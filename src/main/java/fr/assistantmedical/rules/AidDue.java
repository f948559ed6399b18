package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.ParameterNames.OBJECTIVE_CHECKED_FROM_YEAR;
import static fr.assistantmedical.rules.ParameterNames.REVIEW_COMBINATION;
import static fr.assistantmedical.rules.ParameterNames.REVIEW_MODULATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The aid due for a contract year after its review. Years before the objective is checked are due
 * in full; later years are modulated by how far the objective is reached, as the rulebook says.
 * Achievements are exact fractions; the aid due is the maximum times the modulation factor, rounded
 * once, half-up, to the cent. Achievement rates are shown with 4 decimals.
 */
public final class AidDue {

    /** The commitment on one count: from {@code start} to {@code target}, or kept above {@code minimum}. */
    public record Target(int start, int target, Integer minimum) {
    }

    /**
     * @param achievementMt achievement of the MT objective, 0..1 (4 decimals), or null without one
     * @param achievement the combined achievement the modulation uses, or null when nothing is measured
     * @param factor the exact share of the maximum aid that is due (1 for a year due in full)
     * @param amountDue null when the year's maximum aid is unknown
     */
    public record Result(BigDecimal achievementMt, BigDecimal achievementFa, BigDecimal achievement, String modulation,
            Ratio factor, BigDecimal amountDue, List<Warning> warnings) {

        public boolean provisional() {
            return !warnings.isEmpty();
        }
    }

    /** A checked year whose contract has no objective to measure. */
    public static class ObjectiveUnknownException extends RuntimeException {
        public ObjectiveUnknownException(int year) {
            super("Contract year " + year + " is checked against an objective the contract does not have");
        }
    }

    private static final int RATE_SCALE = 4;

    private AidDue() {
    }

    public static Result review(Rulebook rulebook, LocalDate signedOn, int year, BigDecimal maxAid, Target mt,
            Target fa, Integer observedMt, Integer observedFa) {
        Evaluation ev = new Evaluation(rulebook, false);
        Ratio achievementMt = achievement(mt, observedMt);
        Ratio achievementFa = achievement(fa, observedFa);
        int checkedFrom = ev.use(OBJECTIVE_CHECKED_FROM_YEAR, signedOn).asInteger();
        if (year < checkedFrom) {
            return new Result(rate(achievementMt), rate(achievementFa), null, "FULL", Ratio.ONE, maxAid,
                    ev.warnings());
        }
        List<Ratio> measured = new ArrayList<>();
        if (achievementMt != null) {
            measured.add(achievementMt);
        }
        if (achievementFa != null) {
            measured.add(achievementFa);
        }
        if (measured.isEmpty()) {
            throw new ObjectiveUnknownException(year);
        }
        String combination = ev.use(REVIEW_COMBINATION, signedOn).asCode();
        Ratio achievement = Combination.valueOf(combination) == Combination.AVERAGE
                ? measured.stream().reduce(Ratio.ZERO, Ratio::plus).times(Ratio.of(1, measured.size()))
                : measured.stream().min(Ratio::compareTo).orElseThrow();
        String modulation = ev.use(REVIEW_MODULATION, signedOn).asCode();
        Ratio factor = Modulation.valueOf(modulation) == Modulation.ALL_OR_NOTHING
                ? achievement.compareTo(Ratio.ONE) >= 0 ? Ratio.ONE : Ratio.ZERO
                : achievement;
        BigDecimal due = null;
        if (maxAid == null) {
            ev.warn("maxAid", "Montant maximal de l'année inconnu : aide due non calculée.");
        } else {
            due = factor.applyTo(maxAid);
        }
        return new Result(rate(achievementMt), rate(achievementFa), rate(achievement), modulation, factor, due,
                ev.warnings());
    }

    /**
     * Share of the commitment reached, between 0 and 1: the part of the increase achieved, or, for a
     * commitment to maintain, how far the count stayed towards the minimum accepted.
     */
    static Ratio achievement(Target target, Integer observed) {
        if (target == null || observed == null) {
            return null;
        }
        int increase = target.target() - target.start();
        if (increase <= 0) {
            int floor = target.minimum() != null ? target.minimum() : target.target();
            if (observed >= floor || floor == 0) {
                return Ratio.ONE;
            }
            return Ratio.of(observed, floor);
        }
        return Ratio.of((long) observed - target.start(), increase).clamp();
    }

    private static BigDecimal rate(Ratio ratio) {
        return ratio == null ? null : ratio.rate(RATE_SCALE);
    }
}
