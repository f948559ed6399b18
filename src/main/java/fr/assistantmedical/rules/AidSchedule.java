package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.ParameterNames.CONTRACT_DURATION;
import static fr.assistantmedical.rules.ParameterNames.OBJECTIVE_CHECKED_FROM_YEAR;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The maximum aid of each contract year. Amounts are the rulebook's table values, in euros with two
 * decimals; they are never computed from one another.
 */
public final class AidSchedule {

    /** Which amounts rows apply: the P90–P95 top-up from year 3, the ≥ P95 fixed amount every year. */
    public enum AmountBand {
        STANDARD("ligne standard"),
        P90_P95("patientèle entre P90 et P95"),
        P95_PLUS("patientèle au-delà de P95");

        private final String label;

        AmountBand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private AidSchedule() {
    }

    public static List<ScheduleYear> years(LocalDate signature, Option option, AmountBand band, Evaluation ev) {
        Integer duration = ev.use(CONTRACT_DURATION, signature).asInteger();
        Integer checkedFrom = ev.use(OBJECTIVE_CHECKED_FROM_YEAR, signature).asInteger();
        List<ScheduleYear> years = new ArrayList<>(duration);
        for (int n = 1; n <= duration; n++) {
            years.add(year(signature, n, option, band, checkedFrom, ev));
        }
        return years;
    }

    public static ScheduleYear year(LocalDate signature, int n, Option option, AmountBand band, int checkedFrom,
            Evaluation ev) {
        LocalDate from = ContractYears.start(signature, n);
        Regime regime = regimeForYear(ev.rulebook(), signature, from);
        // Terms are frozen at signing unless a later regime takes running contracts at their anniversary.
        LocalDate valuesAt = regime.from().isAfter(signature) ? from : signature;
        AmountRow row = row(n, band);
        if (ev.explaining()) {
            ev.step("schedule.year" + n, "Montant maximal de l'année " + n + " (option " + option.label() + ")");
        }
        ParameterValue amount = ev.use(ParameterNames.amount(option, row), valuesAt);
        BigDecimal maxAid = amount.known() ? amount.asDecimal().setScale(2, RoundingMode.UNNECESSARY) : null;
        if (ev.explaining()) {
            ev.result((maxAid == null ? "inconnu" : Text.euros(maxAid)) + " (" + regime.label() + ", " + row.label()
                    + ")");
        }
        return new ScheduleYear(n, from, ContractYears.end(signature, n), regime, row, maxAid, amount,
                n >= checkedFrom);
    }

    /**
     * The regime whose amounts apply to the contract year starting on {@code yearStart}: the regime of
     * the signature, or a later one that takes running contracts from their anniversary.
     */
    public static Regime regimeForYear(Rulebook rulebook, LocalDate signature, LocalDate yearStart) {
        Regime applied = EligibilityRules.regimeAt(rulebook, signature);
        for (Regime r : rulebook.regimes()) {
            if (r.from().isAfter(applied.from()) && r.takesRunningContractsAtAnniversary()
                    && !r.from().isAfter(yearStart)) {
                applied = r;
            }
        }
        return applied;
    }

    static AmountRow row(int year, AmountBand band) {
        if (band == AmountBand.P95_PLUS) {
            return AmountRow.P95_PLUS;
        }
        return switch (year) {
            case 1 -> AmountRow.YEAR_1;
            case 2 -> AmountRow.YEAR_2;
            default -> band == AmountBand.P90_P95 ? AmountRow.YEAR_3_PLUS_P90_P95 : AmountRow.YEAR_3_PLUS;
        };
    }

    public static BigDecimal total(List<ScheduleYear> years) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (ScheduleYear y : years) {
            if (y.maxAid() == null) {
                return null;
            }
            total = total.add(y.maxAid());
        }
        return total;
    }
}
