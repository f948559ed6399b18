package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.ParameterNames.FLOOR_INDICATOR;

import fr.assistantmedical.rules.AidSchedule.AmountBand;
import java.time.LocalDate;

/**
 * Places a doctor in a percentile band: the CPAM's band when given, else the band the rulebook's
 * thresholds can decide from the counts. Only the thresholds that decide the band are read, so an
 * unknown threshold elsewhere in the distribution does not make the answer provisional.
 */
final class Bands {

    private Bands() {
    }

    /** The amounts row: only P90 and P95 matter. Which count decides it is not published: the floor's. */
    static AmountBand amountBand(Profile p, Evaluation ev) {
        if (p.percentileBand() != null) {
            return switch (p.percentileBand()) {
                case P95_PLUS -> AmountBand.P95_PLUS;
                case P90_P95 -> AmountBand.P90_P95;
                default -> AmountBand.STANDARD;
            };
        }
        LocalDate at = p.asOf();
        ev.step("schedule.band", "Ligne du tableau des montants (P90–P95, ≥ P95) d'après la patientèle");
        Indicator indicator = Indicator.valueOf(ev.useForSpecialty(FLOOR_INDICATOR, p.specialty(), at).asCode());
        Integer count = p.count(indicator);
        String n90 = ParameterNames.percentile(p.specialty(), indicator, Percentile.P90);
        String n95 = ParameterNames.percentile(p.specialty(), indicator, Percentile.P95);
        Integer t90 = threshold(ev.peek(n90, at));
        Integer t95 = threshold(ev.peek(n95, at));
        AmountBand band = null;
        if (count != null) {
            if (t95 != null && count >= t95) {
                ev.use(n95, at);
                band = AmountBand.P95_PLUS;
            } else if (t90 != null && count < t90) {
                ev.use(n90, at);
                band = AmountBand.STANDARD;
            } else if (t90 != null && t95 != null) {
                ev.use(n90, at);
                ev.use(n95, at);
                band = AmountBand.P90_P95;
            } else {
                ev.use(n90, at);
                ev.use(n95, at);
            }
        }
        if (band == null) {
            ev.warn("percentileBand", "Tranche de patientèle non communiquée et non déterminable : montants de la "
                    + "ligne standard ; une patientèle entre P90 et P95, ou au-delà, reçoit davantage.");
            band = AmountBand.STANDARD;
        }
        ev.result(band.label());
        return band;
    }

    /** The objective band of one indicator, or null when it cannot be decided. */
    static PercentileBand objectiveBand(Profile p, Indicator indicator, int count, Evaluation ev) {
        if (p.percentileBand() != null) {
            return p.percentileBand();
        }
        LocalDate at = p.asOf();
        for (PercentileBand band : PercentileBand.values()) {
            boolean lowest = band == PercentileBand.P30_P50;
            Integer lower = lowest ? null : threshold(ev.peek(name(p, indicator, band.lower()), at));
            Integer upper = band.upper() == null ? null : threshold(ev.peek(name(p, indicator, band.upper()), at));
            boolean above = lowest || (lower != null && count >= lower);
            boolean below = band.upper() == null || (upper != null && count < upper);
            if (above && below) {
                if (!lowest) {
                    ev.use(name(p, indicator, band.lower()), at);
                }
                if (band.upper() != null) {
                    ev.use(name(p, indicator, band.upper()), at);
                }
                return band;
            }
        }
        // Show the thresholds the rulebook lacks or doubts; those it never had add nothing.
        for (Percentile percentile : new Percentile[] {Percentile.P50, Percentile.P70, Percentile.P90,
                Percentile.P95}) {
            if (ev.peek(name(p, indicator, percentile), at) != null) {
                ev.use(name(p, indicator, percentile), at);
            }
        }
        ev.warn("percentileBand", "Tranche de " + indicator.label() + " non communiquée et non déterminable : "
                + "objectif non calculé.");
        return null;
    }

    private static String name(Profile p, Indicator indicator, Percentile percentile) {
        return ParameterNames.percentile(p.specialty(), indicator, percentile);
    }

    private static Integer threshold(ParameterValue value) {
        return value == null ? null : value.asInteger();
    }
}
