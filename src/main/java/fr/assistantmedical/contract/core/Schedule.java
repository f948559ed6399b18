package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.AidSchedule;
import fr.assistantmedical.rules.AmountRow;
import fr.assistantmedical.rules.ContractYears;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.ParameterNames;
import fr.assistantmedical.rules.ParameterValue;
import fr.assistantmedical.rules.Ratio;
import fr.assistantmedical.rules.Regime;
import fr.assistantmedical.rules.Rulebook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The calendar and the money of a contract's years.
 *
 * <p>Contract year n runs from the (n-1)th anniversary of its first day to the day before the nth;
 * the first day is the signature, or the hire where the rulebook says years count from it. A year's
 * amounts come from the regime of the signature unless a later regime takes running contracts at
 * their anniversary.
 *
 * <p>Aid is due only for days with an assistant: from the hire, until the contract's end, outside
 * suspensions. A year with fewer such days gets its maximum prorated by days (provisional rule, until
 * a source gives one). Suspensions also stop the objective clock: the objective is checked once the
 * contract has run, suspensions aside, as long as the years before the first checked year.
 */
public final class Schedule {

    private Schedule() {
    }

    /** The years of a contract whose year 1 starts on {@code firstDay}, with the table rows given per year. */
    static List<ContractYear> build(Rulebook rulebook, LocalDate signedOn, LocalDate firstDay, Option option,
            List<String> rows, int amountsFromYear) {
        int checkedFrom = LawParameters.objectiveCheckedFromYear(rulebook, signedOn);
        List<ContractYear> years = new ArrayList<>(rows.size());
        for (int n = 1; n <= rows.size(); n++) {
            LocalDate from = ContractYears.start(firstDay, n);
            LocalDate to = ContractYears.end(firstDay, n);
            Regime regime = AidSchedule.regimeForYear(rulebook, signedOn, from);
            String row = rows.get(n - 1);
            years.add(ContractYear.builder().number(n).from(from).to(to).yearDays((int) Days.between(from, to))
                    .regime(regime.code()).amountRow(row)
                    .maxAid(amount(rulebook, option, row, AidSchedule.amountsDate(regime, signedOn, from)))
                    .objectiveChecked(n + amountsFromYear - 1 >= checkedFrom).build());
        }
        return years;
    }

    /** The same years and table rows, from another first day (the hire): the calendar and amounts move. */
    static List<ContractYear> moved(Rulebook rulebook, Contract contract, LocalDate firstDay) {
        return build(rulebook, contract.signedOn(), firstDay, contract.option(),
                contract.years().stream().map(ContractYear::amountRow).toList(), contract.amountsFromYear());
    }

    /** The first day of contract year 1, as fixed at signing or activation. */
    static LocalDate firstDay(Contract contract) {
        return contract.years().get(0).from();
    }

    /** The last day of the last contract year, whatever happened. */
    static LocalDate term(Contract contract) {
        return ContractYears.end(firstDay(contract), contract.years().get(contract.years().size() - 1).number());
    }

    /** The first day under the objective, after the objective clock stopped for suspensions; null while it is stopped. */
    static LocalDate objectiveClock(Contract contract, Rulebook rulebook) {
        int checkedFrom = LawParameters.objectiveCheckedFromYear(rulebook, contract.signedOn());
        int firstChecked = Math.max(1, checkedFrom - contract.amountsFromYear() + 1);
        LocalDate start = ContractYears.start(firstDay(contract), firstChecked);
        for (Suspension s : contract.suspensions()) {
            if (!s.from().isBefore(start)) {
                break;
            }
            if (s.open()) {
                return null;
            }
            start = start.plusDays(Days.between(s.from(), s.to()));
        }
        return start;
    }

    /** Days with aid in [from, to]: after the hire, until the end, outside suspensions. */
    static int daysDue(Contract contract, LocalDate from, LocalDate to) {
        if (!contract.activated()) {
            return 0;
        }
        LocalDate first = Days.max(from, contract.assistantHiredOn());
        LocalDate last = Days.min(to, contract.endsOn());
        if (first.isAfter(last)) {
            return 0;
        }
        long days = Days.between(first, last);
        for (Suspension s : contract.suspensions()) {
            days -= s.daysWithin(first, last);
        }
        return (int) days;
    }

    /** Of the days with aid of a year, those under the objective. */
    static int daysChecked(Contract contract, ContractYear year, LocalDate clock) {
        if (!year.objectiveChecked() || clock == null || clock.isAfter(year.to())) {
            return 0;
        }
        return daysDue(contract, Days.max(year.from(), clock), year.to());
    }

    /**
     * The years as they stand after a change: cut at the contract's end (later years without payment
     * or review are dropped), with their days of aid and ceilings. Reviewed years whose days changed
     * get their aid due computed again from their review.
     */
    static Contract settle(Contract contract, Rulebook rulebook) {
        LocalDate firstDay = firstDay(contract);
        List<ContractYear> years = new ArrayList<>();
        for (ContractYear year : contract.years()) {
            LocalDate end = ContractYears.end(firstDay, year.number());
            boolean afterEnd = contract.endsOn() != null && year.from().isAfter(contract.endsOn());
            boolean touched = year.amountPaid().signum() > 0 || contract.currentReview(year.number()).isPresent();
            if (afterEnd && !touched && year.number() > 1) {
                continue;
            }
            LocalDate to = afterEnd ? end : Days.min(end, contract.endsOn());
            int daysDue = daysDue(contract, year.from(), to);
            years.add(year.toBuilder().to(to).yearDays((int) Days.between(year.from(), end)).daysDue(daysDue)
                    .aidCeiling(year.maxAid() == null ? null : Ratio.of(daysDue, Days.between(year.from(), end))
                            .applyTo(year.maxAid()))
                    .build());
        }
        Contract settled = contract.toBuilder().years(years).build();
        LocalDate clock = objectiveClock(settled, rulebook);
        List<ContractYear> due = new ArrayList<>();
        for (ContractYear year : years) {
            Review review = settled.currentReview(year.number()).orElse(null);
            // Reviews recorded before days were counted keep the amount they gave.
            if (review != null && review.daysDue() != null && (review.daysDue() != year.daysDue()
                    || review.daysChecked() == null || review.daysChecked() != daysChecked(settled, year, clock))) {
                year = year.toBuilder().amountDue(Reviews.assess(settled, year, clock, review.patientsMt(),
                        review.patientsFileActive(), rulebook).amountDue()).build();
            }
            due.add(year);
        }
        return settled.toBuilder().years(due).build();
    }

    static AmountRow row(String key) {
        return Arrays.stream(AmountRow.values()).filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("amount row " + key));
    }

    private static BigDecimal amount(Rulebook rulebook, Option option, String row, LocalDate at) {
        return rulebook.parameter(ParameterNames.amount(option, row(row))).flatMap(p -> p.at(at))
                .filter(ParameterValue::known).map(v -> v.asDecimal().setScale(2, RoundingMode.UNNECESSARY))
                .orElse(null);
    }
}
