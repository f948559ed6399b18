package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.ParameterNames.NEWLY_INSTALLED_PERCENTILE;
import static fr.assistantmedical.rules.ParameterNames.NEWLY_INSTALLED_YEARS;
import static fr.assistantmedical.rules.ParameterNames.OBJECTIVE_INDICATORS;
import static fr.assistantmedical.rules.ParameterNames.OBJECTIVE_ROUNDING;
import static fr.assistantmedical.rules.ParameterNames.SENIOR_MIN_AGE;
import static fr.assistantmedical.rules.ParameterNames.SENIOR_TOLERANCE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The patient counts a doctor commits to reach. Three paths, tried in order: newly installed doctors
 * reach their specialty's median; doctors past the senior age maintain their patientèle; everyone
 * else increases each count by the rate of their starting band and option. Counts are whole patients.
 */
final class Objectives {

    private Objectives() {
    }

    static Objective objective(Profile p, Option option, Evaluation ev) {
        LocalDate at = p.asOf();
        ev.step("objective.path", "Règle d'objectif applicable");
        List<String> indicators = ev.useForSpecialty(OBJECTIVE_INDICATORS, p.specialty(), at).asCodes();
        ObjectiveBasis basis = EligibilityRules.newlyInstalled(p, ev) ? ObjectiveBasis.NEWLY_INSTALLED
                : senior(p, ev) ? ObjectiveBasis.MAINTAIN : ObjectiveBasis.PERCENTILE_BAND;
        if (ev.explaining()) {
            ev.result(basis + " sur " + indicators);
        }
        return new Objective(basis,
                indicators.contains(Indicator.MT.name()) ? indicator(p, option, Indicator.MT, basis, ev) : null,
                indicators.contains(Indicator.FA.name()) ? indicator(p, option, Indicator.FA, basis, ev) : null);
    }

    private static boolean senior(Profile p, Evaluation ev) {
        if (p.age() == null) {
            return false;
        }
        ParameterValue minAge = ev.peek(SENIOR_MIN_AGE, p.asOf());
        if (minAge == null || !minAge.known()) {
            // No senior rule on this date: say so only to doctors whom a later rule would concern.
            Integer laterAge = ev.rulebook().parameter(SENIOR_MIN_AGE).flatMap(param -> param.values().stream()
                    .filter(ParameterValue::known).map(ParameterValue::asInteger).findFirst()).orElse(null);
            if (laterAge != null && p.age() >= laterAge) {
                ev.use(SENIOR_MIN_AGE, p.asOf());
            }
            return false;
        }
        return p.age() >= ev.use(SENIOR_MIN_AGE, p.asOf()).asInteger();
    }

    private static IndicatorObjective indicator(Profile p, Option option, Indicator indicator, ObjectiveBasis basis,
            Evaluation ev) {
        LocalDate at = p.asOf();
        if (ev.explaining()) {
            ev.step("objective." + indicator, "Objectif de " + indicator.label() + " (" + option + ")");
        }
        Integer start = p.count(indicator);
        if (start == null) {
            ev.warn(indicator.input(), "Effectif de départ non communiqué : objectif de "
                    + indicator.label() + " non calculé.");
            ev.result("non calculé");
            return null;
        }
        IndicatorObjective objective = switch (basis) {
            case NEWLY_INSTALLED -> newlyInstalled(p, indicator, start, ev);
            case MAINTAIN -> maintain(start, ev.use(SENIOR_TOLERANCE, at));
            case PERCENTILE_BAND -> byBand(p, option, indicator, start, ev);
        };
        if (ev.explaining()) {
            ev.result(objective == null ? "non calculé" : objective.start() + " → " + objective.target());
        }
        return objective;
    }

    private static IndicatorObjective newlyInstalled(Profile p, Indicator indicator, int start, Evaluation ev) {
        LocalDate at = p.asOf();
        Percentile percentile = Percentile.valueOf(ev.use(NEWLY_INSTALLED_PERCENTILE, at).asCode());
        ev.use(NEWLY_INSTALLED_YEARS, at);
        ParameterValue median = ev.use(ParameterNames.percentile(p.specialty(), indicator, percentile), at);
        if (!median.known()) {
            return null;
        }
        int target = Math.max(start, median.asInteger());
        return new IndicatorObjective(start, target, target - start, null, null, null, median);
    }

    /** A known rate of the option's table on the date, or an unknown one when the whole table is missing. */
    private static ParameterValue knownRate(Profile p, Option option, Evaluation ev) {
        ParameterValue unknown = null;
        for (PercentileBand band : PercentileBand.values()) {
            ParameterValue rate = ev.peek(ParameterNames.objectiveIncrease(option, band), p.asOf());
            if (rate != null && rate.known()) {
                return rate;
            }
            unknown = unknown == null ? rate : unknown;
        }
        return unknown;
    }

    private static IndicatorObjective maintain(int start, ParameterValue tolerance) {
        if (!tolerance.known()) {
            return new IndicatorObjective(start, start, 0, null, null, null, tolerance);
        }
        int minimum = BigDecimal.valueOf(start).multiply(BigDecimal.ONE.subtract(tolerance.asDecimal()))
                .setScale(0, RoundingMode.CEILING).intValueExact();
        return new IndicatorObjective(start, start, 0, null, null, minimum, tolerance);
    }

    private static IndicatorObjective byBand(Profile p, Option option, Indicator indicator, int start, Evaluation ev) {
        ParameterValue anyRate = knownRate(p, option, ev);
        if (!anyRate.known()) {
            ev.warn("objectives.increase." + option, "Valeur inconnue : " + anyRate.note());
            return null;
        }
        PercentileBand band = Bands.objectiveBand(p, indicator, start, ev);
        if (band == null) {
            return null;
        }
        ParameterValue rate = ev.use(ParameterNames.objectiveIncrease(option, band), p.asOf());
        if (!rate.known()) {
            return null;
        }
        RoundingMode rounding = RoundingMode.valueOf(ev.use(OBJECTIVE_ROUNDING, p.asOf()).asCode());
        int increase = BigDecimal.valueOf(start).multiply(rate.asDecimal()).setScale(0, rounding).intValueExact();
        return new IndicatorObjective(start, start + increase, increase, band, rate.asDecimal(), null, rate);
    }
}
