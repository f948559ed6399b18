package fr.assistantmedical.contract.core;

import static fr.assistantmedical.rules.Text.date;
import static fr.assistantmedical.rules.Text.euros;

import fr.assistantmedical.rules.ContractYears;
import fr.assistantmedical.rules.Warning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract as people and partners read it on a date: its years with their current review and the
 * ones corrected, totals, the actions open, where it stands in its calendar, and every warning.
 *
 * @param currentYear the contract year of {@code asOf} (of the end date once the contract has ended),
 *        0 before year 1
 * @param nextAnniversary the start of the next contract year, null once the contract ends before it
 */
public record ContractView(Contract contract, LocalDate asOf, List<YearView> years, Totals totals,
        List<ContractWarning> warnings, List<ContractAction> allowedActions, int currentYear,
        LocalDate nextAnniversary, boolean provisional) {

    /** A contract year with its current review, the reviews it superseded, and any overpayment. */
    public record YearView(ContractYear year, Review review, List<Review> previousReviews, BigDecimal overpaid) {
    }

    /** Sums over the years; maxAid and aidCeiling are null when a year's amount is unknown. */
    public record Totals(BigDecimal maxAid, BigDecimal aidCeiling, BigDecimal amountDue, BigDecimal amountPaid,
            BigDecimal overpaid) {
    }

    public static ContractView of(Contract contract, LocalDate today) {
        List<YearView> years = new ArrayList<>();
        BigDecimal max = Money.ZERO;
        BigDecimal ceiling = Money.ZERO;
        BigDecimal due = Money.ZERO;
        BigDecimal paid = Money.ZERO;
        BigDecimal overpaid = Money.ZERO;
        for (ContractYear y : contract.years()) {
            years.add(new YearView(y, contract.currentReview(y.number()).orElse(null),
                    contract.supersededReviews(y.number()), y.overpaid()));
            max = Money.add(max, y.maxAid());
            ceiling = Money.add(ceiling, y.aidCeiling());
            due = y.amountDue() == null ? due : due.add(y.amountDue());
            paid = paid.add(y.amountPaid());
            overpaid = overpaid.add(y.overpaid());
        }
        LocalDate first = Schedule.firstDay(contract);
        boolean ended = contract.endsOn() != null && today.isAfter(contract.endsOn());
        int current = ContractYears.yearOn(first, ended ? contract.endsOn() : today);
        LocalDate next = current >= contract.years().size() ? null : ContractYears.start(first, current + 1);
        if (next != null && contract.endsOn() != null && next.isAfter(contract.endsOn())) {
            next = null;
        }
        List<ContractWarning> warnings = warnings(contract);
        boolean provisional = contract.provisional() || warnings.stream()
                .anyMatch(w -> w.code().equals(ContractWarning.PRORATED) || w.code().equals(ContractWarning.SUSPENDED));
        return new ContractView(contract, today, years, new Totals(max, ceiling, due, paid, overpaid), warnings,
                List.copyOf(Lifecycle.allowed(contract.status())), current, next, provisional);
    }

    public YearView year(int n) {
        return years.stream().filter(y -> y.year().number() == n).findFirst().orElse(null);
    }

    /** The latest current review of the contract, or null before any. */
    public Review latestReview() {
        return years.stream().map(YearView::review).filter(r -> r != null).reduce((a, b) -> b).orElse(null);
    }

    private static List<ContractWarning> warnings(Contract c) {
        List<ContractWarning> warnings = new ArrayList<>();
        for (Warning w : c.signingWarnings()) {
            warnings.add(new ContractWarning(ContractWarning.PROVISIONAL_VALUE, w.message(), w.parameter(), null));
        }
        boolean aidToCome = c.status() != ContractStatus.LAPSED
                && c.years().stream().anyMatch(ContractYear::objectiveChecked);
        if (c.objective().toSet() && aidToCome) {
            ContractYear firstChecked = c.years().stream().filter(ContractYear::objectiveChecked).findFirst()
                    .orElseThrow();
            warnings.add(new ContractWarning(ContractWarning.OBJECTIVE_TO_SET, "Objectif à fixer : la caisse fixe "
                    + "l'objectif de patientèle du contrat ; sans lui, l'aide à partir de l'année "
                    + firstChecked.number() + " (" + date(firstChecked.from()) + ") ne peut être calculée.", null,
                    null));
        }
        for (Suspension s : c.suspensions()) {
            warnings.add(new ContractWarning(ContractWarning.SUSPENDED, (s.open() ? "Suspendu depuis le "
                    + date(s.from()) : "Suspendu du " + date(s.from()) + " au " + date(s.to()))
                    + " : ni aide ni objectif pendant la suspension (règle provisoire, faute de source).", null, null));
        }
        for (ContractYear y : c.years()) {
            if (c.activated() && y.daysDue() < y.yearDays()) {
                warnings.add(new ContractWarning(ContractWarning.PRORATED, "Année " + y.number() + " : "
                        + y.daysDue() + " jours d'aide sur " + y.yearDays() + ", aide proratisée par jours (règle "
                        + "provisoire, faute de source).", null, y.number()));
            }
            if (y.overpaid().signum() > 0) {
                warnings.add(new ContractWarning(ContractWarning.OVERPAID, "Année " + y.number() + " : "
                        + euros(y.amountPaid()) + " versés pour " + euros(y.amountDue() != null ? y.amountDue()
                                : y.aidCeiling()) + " dus, soit un trop-versé de " + euros(y.overpaid()) + ".",
                        null, y.number()));
            }
        }
        return warnings;
    }
}
