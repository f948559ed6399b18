package fr.assistantmedical.rules;

import java.math.BigDecimal;

/**
 * The commitment on one patient count.
 *
 * @param band the starting band used, when the objective comes from the band table
 * @param rate the increase rate applied (0.2 = +20 %), when there is one
 * @param minimum the lowest count still accepted, when the objective allows a drop
 * @param value the rulebook value the objective comes from; null when the CPAM communicated it
 */
public record IndicatorObjective(int start, int target, int increase, PercentileBand band, BigDecimal rate,
        Integer minimum, ParameterValue value) {

    /** The target the CPAM communicated. */
    static IndicatorObjective communicated(int start, int target) {
        return new IndicatorObjective(start, target, target - start, null, null, null, null);
    }
}
