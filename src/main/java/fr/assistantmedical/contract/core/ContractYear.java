package fr.assistantmedical.contract.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One year of a contract's schedule.
 *
 * @param from first day of the contract year
 * @param to last day of the contract year, or the contract's end date when it ends within the year
 * @param yearDays length of the whole contract year, the denominator of every proration
 * @param regime the regime whose amounts table applies this year
 * @param amountRow the row of that table (year1, year2, year3Plus, ...)
 * @param maxAid the table amount for the year, or null when the rulebook lacks it
 * @param objectiveChecked whether the aid of this year depends on the objective
 * @param daysDue days of the year with aid: after the hire, before the end, outside suspensions
 * @param aidCeiling the most the year can give: maxAid × daysDue / yearDays, rounded once
 * @param amountDue the aid due after the year's review, null before it
 * @param amountPaid the aid paid for the year
 */
public record ContractYear(int number, LocalDate from, LocalDate to, int yearDays, String regime, String amountRow,
        BigDecimal maxAid, boolean objectiveChecked, int daysDue, BigDecimal aidCeiling, BigDecimal amountDue,
        BigDecimal amountPaid) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().number(number).from(from).to(to).yearDays(yearDays).regime(regime).amountRow(amountRow)
                .maxAid(maxAid).objectiveChecked(objectiveChecked).daysDue(daysDue).aidCeiling(aidCeiling)
                .amountDue(amountDue).amountPaid(amountPaid);
    }

    /** Paid above what is due after review, or zero. */
    public BigDecimal overpaid() {
        BigDecimal ceiling = amountDue != null ? amountDue : aidCeiling;
        return ceiling == null || amountPaid.compareTo(ceiling) <= 0 ? Money.ZERO : amountPaid.subtract(ceiling);
    }

    public static final class Builder {
        private int number;
        private LocalDate from;
        private LocalDate to;
        private int yearDays;
        private String regime;
        private String amountRow;
        private BigDecimal maxAid;
        private boolean objectiveChecked;
        private int daysDue;
        private BigDecimal aidCeiling;
        private BigDecimal amountDue;
        private BigDecimal amountPaid = Money.ZERO;

        private Builder() {
        }

        public Builder number(int value) {
            number = value;
            return this;
        }

        public Builder from(LocalDate value) {
            from = value;
            return this;
        }

        public Builder to(LocalDate value) {
            to = value;
            return this;
        }

        public Builder yearDays(int value) {
            yearDays = value;
            return this;
        }

        public Builder regime(String value) {
            regime = value;
            return this;
        }

        public Builder amountRow(String value) {
            amountRow = value;
            return this;
        }

        public Builder maxAid(BigDecimal value) {
            maxAid = value;
            return this;
        }

        public Builder objectiveChecked(boolean value) {
            objectiveChecked = value;
            return this;
        }

        public Builder daysDue(int value) {
            daysDue = value;
            return this;
        }

        public Builder aidCeiling(BigDecimal value) {
            aidCeiling = value;
            return this;
        }

        public Builder amountDue(BigDecimal value) {
            amountDue = value;
            return this;
        }

        public Builder amountPaid(BigDecimal value) {
            amountPaid = value;
            return this;
        }

        public ContractYear build() {
            return new ContractYear(number, from, to, yearDays, regime, amountRow, maxAid, objectiveChecked, daysDue,
                    aidCeiling, amountDue, amountPaid);
        }
    }
}
