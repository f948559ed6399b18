package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.ParameterNames.INFO_OBJECTIVE_OUTCOMES;
import static fr.assistantmedical.rules.ParameterNames.INFO_OBJECTIVE_SET_BY;
import static fr.assistantmedical.rules.ParameterNames.NEWLY_INSTALLED_PERCENTILE;
import static fr.assistantmedical.rules.ParameterNames.NEWLY_INSTALLED_YEARS;
import static fr.assistantmedical.rules.ParameterNames.OBJECTIVE_CHECKED_FROM_YEAR;
import static fr.assistantmedical.rules.ParameterNames.OBJECTIVE_INDICATORS;
import static fr.assistantmedical.rules.ParameterNames.OBJECTIVE_ROUNDING;
import static fr.assistantmedical.rules.ParameterNames.SENIOR_MIN_AGE;
import static fr.assistantmedical.rules.ParameterNames.SENIOR_TOLERANCE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The patient counts a doctor commits to reach. Three paths, tried in order: newly installed doctors
 * reach their specialty's median; doctors past the senior age maintain their patientèle; everyone
 * else increases each count by the rate of their starting band and option. Counts are whole patients.
 * A count the CPAM communicated is the commitment, whatever the rules would give. When the published
 * table cannot give the objective, the answer says in French who sets it and what it is made of.
 */
final class Objectives {

    private Objectives() {
    }

    static Objective objective(Profile p, Option option, CpamTargets targets, Evaluation ev) {
        LocalDate at = p.asOf();
        ev.step("objective.path", "Règle d'objectif applicable");
        List<String> indicators = ev.useForSpecialty(OBJECTIVE_INDICATORS, p.specialty(), at).asCodes();
        boolean newlyInstalled = EligibilityRules.newlyInstalled(p, ev);
        ObjectiveBasis rules = newlyInstalled ? ObjectiveBasis.NEWLY_INSTALLED
                : senior(p, ev) ? ObjectiveBasis.MAINTAIN : ObjectiveBasis.PERCENTILE_BAND;
        boolean communicated = targets != null && targets.any();
        ObjectiveBasis basis = communicated ? ObjectiveBasis.CPAM_TARGETS : rules;
        if (ev.explaining()) {
            ev.result(basis.label() + ", sur " + String.join(" et ", indicators.stream()
                    .map(code -> Indicator.valueOf(code).label()).toList()));
        }
        IndicatorObjective mt = indicator(p, option, Indicator.MT, indicators, rules, targets, ev);
        IndicatorObjective fa = indicator(p, option, Indicator.FA, indicators, rules, targets, ev);
        boolean complete = (mt != null || !indicators.contains(Indicator.MT.name()))
                && (fa != null || !indicators.contains(Indicator.FA.name()));
        // A missing starting count is the request's gap, not the table's: its warning says so.
        boolean startsKnown = indicators.stream().allMatch(code -> p.count(Indicator.valueOf(code)) != null);
        boolean tableGap = !complete && startsKnown && rules == ObjectiveBasis.PERCENTILE_BAND;
        List<String> explanation = communicated || tableGap
                ? explanation(p, option, indicators, newlyInstalled, communicated, ev) : List.of();
        return new Objective(basis, mt, fa, explanation);
    }

    private static IndicatorObjective indicator(Profile p, Option option, Indicator indicator, List<String> required,
            ObjectiveBasis rules, CpamTargets targets, Evaluation ev) {
        Integer target = targets == null ? null : targets.target(indicator);
        Integer start = p.count(indicator);
        if (target != null && start != null) {
            if (ev.explaining()) {
                ev.step("objective." + indicator, "Objectif de " + indicator.label() + " communiqué par la CPAM");
                ev.result(Text.number(start) + " → " + Text.number(target));
            }
            return IndicatorObjective.communicated(start, target);
        }
        return required.contains(indicator.name()) ? indicator(p, option, indicator, rules, ev) : null;
    }

    /** Who sets the objective, what it is made of, its deadline and what is known around it, in French. */
    private static List<String> explanation(Profile p, Option option, List<String> indicators, boolean newlyInstalled,
            boolean communicated, Evaluation ev) {
        LocalDate at = p.asOf();
        List<String> lines = new ArrayList<>();
        ParameterValue anyRate = option.secondAssistant() ? null : knownRate(p, option, ev);
        if (communicated) {
            lines.add("Objectif communiqué par la CPAM : c'est l'engagement pris à la signature du contrat.");
        } else if (anyRate == null || !anyRate.known()) {
            lines.add("Le barème officiel de l'objectif " + (option.secondAssistant() ? "du second assistant"
                    : "de cette option") + " n'est publié dans aucune source lue pour cette date : le simulateur ne "
                    + "l'invente pas. Indiquez l'objectif que la CPAM vous a communiqué pour l'afficher.");
        } else {
            lines.add("Le barème publié ne donne pas l'objectif de cette tranche de patientèle : le simulateur ne "
                    + "l'invente pas. Indiquez l'objectif que la CPAM vous a communiqué pour l'afficher.");
        }
        text(ev.peek(INFO_OBJECTIVE_SET_BY, at)).ifPresent(lines::add);
        lines.add("Il porte sur " + String.join(" et ", indicators.stream().map(c -> "la " + Indicator.valueOf(c)
                .label()).toList()) + " : une augmentation, ou un simple maintien pour les plus fortes patientèles, "
                + "selon la tranche de patientèle de départ parmi les médecins de la même spécialité.");
        ParameterValue checked = ev.peek(OBJECTIVE_CHECKED_FROM_YEAR, at);
        if (checked != null && checked.known()) {
            lines.add("Il doit être atteint à la " + EligibilityRules.ordinal(checked.asInteger()) + " année de "
                    + "contrat : l'aide des années précédentes n'en dépend pas, celle des années suivantes en dépend.");
        }
        ParameterValue years = ev.peek(NEWLY_INSTALLED_YEARS, at);
        ParameterValue percentile = ev.peek(NEWLY_INSTALLED_PERCENTILE, at);
        if (newlyInstalled && years != null && years.known() && percentile != null && percentile.known()) {
            lines.add("Médecin nouvellement installé : l'objectif est d'atteindre en " + years.asInteger() + " ans la "
                    + "patientèle médiane (" + percentile.asCode() + ") des médecins de la spécialité.");
        }
        text(ev.peek(INFO_OBJECTIVE_OUTCOMES, at)).ifPresent(lines::add);
        return lines;
    }

    private static Optional<String> text(ParameterValue value) {
        return value == null || !value.known() ? Optional.empty() : Optional.of(value.asCode());
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
            ev.step("objective." + indicator, "Objectif de " + indicator.label() + " (option " + option.label() + ")");
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
            case PERCENTILE_BAND, CPAM_TARGETS -> byBand(p, option, indicator, start, ev);
            case COLLECTIVE_PER_ETP -> throw new IllegalStateException("not an individual objective");
        };
        if (ev.explaining()) {
            ev.result(objective == null ? "non calculé"
                    : Text.number(objective.start()) + " → " + Text.number(objective.target()));
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
        if (option.secondAssistant()) {
            ev.warn("objectives.increase." + option, "Objectif de l'option " + option.label() + " : aucun barème "
                    + "publié dans les sources lues ; la CPAM le fixe à la signature.");
            return null;
        }
        ParameterValue anyRate = knownRate(p, option, ev);
        if (!anyRate.known()) {
            ev.warn("objectives.increase." + option, "Barème de l'objectif de l'option " + option.label()
                    + " : inconnu à cette date. " + anyRate.note());
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
