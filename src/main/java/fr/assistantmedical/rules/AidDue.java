package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.ParameterNames.OBJECTIVE_CHECKED_FROM_YEAR;
import static fr.assistantmedical.rules.ParameterNames.REVIEW_COMBINATION;
import static fr.assistantmedical.rules.ParameterNames.REVIEW_MODULATION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The aid due for a contract year after its review. Years before the objective is checked are due
 * in full; later years are modulated by how far the objective is reached, as the rulebook says.
 * Achievement rates have 4 decimals; the aid due is rounded half-up to the cent.
 */
public final class AidDue {

    /** The commitment on one count: from {@code start} to {@code target}, or kept above {@code minimum}. */
    public record Target(int start, int target, Integer minimum) {
    }

    /**
     * @param achievementMt achievement of the MT objective, 0..1, or null without one
     * @param achievement the combined achievement the modulation uses, or null when nothing is measured
     * @param amountDue null when the year's maximum aid is unknown
     */
    public record Result(BigDecimal achievementMt, BigDecimal achievementFa, BigDecimal achievement, String modulation,
            BigDecimal amountDue, List<Warning> warnings, List<TraceStep> trace) {

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
            Target fa, Integer observedMt, Integer observedFa, boolean explain) {
        Evaluation ev = new Evaluation(rulebook, explain);
        ev.step("review.achievement", "Atteinte de l'objectif de l'année " + year);
        BigDecimal achievementMt = achievement(mt, observedMt);
        BigDecimal achievementFa = achievement(fa, observedFa);
        int checkedFrom = ev.use(OBJECTIVE_CHECKED_FROM_YEAR, signedOn).asInteger();
        if (year < checkedFrom) {
            ev.result("année non modulée : aide due en totalité");
            return new Result(achievementMt, achievementFa, null, "FULL", maxAid, ev.warnings(), ev.trace());
        }
        List<BigDecimal> measured = new ArrayList<>();
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
        BigDecimal achievement = combination.equals("AVERAGE")
                ? measured.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(measured.size()), RATE_SCALE, RoundingMode.HALF_UP)
                : measured.stream().min(BigDecimal::compareTo).orElseThrow();
        String modulation = ev.use(REVIEW_MODULATION, signedOn).asCode();
        BigDecimal due = null;
        if (maxAid == null) {
            ev.warn("maxAid", "Montant maximal de l'année inconnu : aide due non calculée.");
        } else if (modulation.equals("ALL_OR_NOTHING")) {
            due = achievement.compareTo(BigDecimal.ONE) >= 0 ? maxAid : BigDecimal.ZERO.setScale(2);
        } else {
            due = maxAid.multiply(achievement).setScale(2, RoundingMode.HALF_UP);
        }
        ev.result("atteinte " + Text.percent(achievement) + (due == null ? "" : ", aide due " + Text.euros(due)));
        return new Result(achievementMt, achievementFa, achievement, modulation, due, ev.warnings(), ev.trace());
    }

    /**
     * Share of the commitment reached, between 0 and 1: the part of the increase achieved, or, for a
     * commitment to maintain, whether the count stayed at or above the minimum accepted.
     */
    static BigDecimal achievement(Target target, Integer observed) {
        if (target == null || observed == null) {
            return null;
        }
        int increase = target.target() - target.start();
        if (increase <= 0) {
            int floor = target.minimum() != null ? target.minimum() : target.target();
            if (observed >= floor) {
                return BigDecimal.ONE.setScale(RATE_SCALE);
            }
            return floor == 0 ? BigDecimal.ONE.setScale(RATE_SCALE)
                    : BigDecimal.valueOf(observed).divide(BigDecimal.valueOf(floor), RATE_SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal reached = BigDecimal.valueOf(observed - target.start())
                .divide(BigDecimal.valueOf(increase), RATE_SCALE, RoundingMode.HALF_UP);
        return reached.max(BigDecimal.ZERO).min(BigDecimal.ONE.setScale(RATE_SCALE));
    }
}
