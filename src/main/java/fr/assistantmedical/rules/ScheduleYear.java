package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One contract year of an aid schedule.
 *
 * @param regime the regime whose amounts table applies this year
 * @param maxAid the maximum aid for the year in euros (2 decimals), or null when the rulebook lacks it
 * @param amount the rulebook value it comes from
 * @param objectiveChecked whether the aid of this year depends on the objective being reached
 */
public record ScheduleYear(int contractYear, LocalDate from, LocalDate to, Regime regime, AmountRow row,
        BigDecimal maxAid, ParameterValue amount, boolean objectiveChecked) {
}
