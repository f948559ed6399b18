package fr.assistantmedical.contract.core;

import static fr.assistantmedical.rules.Text.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of suspension and resumption, the same for an individual and a collective contract: a
 * suspension starts after the hire and after the end of the previous one, never in the future, and
 * needs a reason; a resumption follows the start of the open suspension; an end closes it.
 */
public final class Suspensions {

    private Suspensions() {
    }

    /** The suspensions with a new one open from {@code from}. */
    public static List<Suspension> suspend(List<Suspension> existing, LocalDate from, LocalDate hiredOn, String reason,
            LocalDate today) {
        require(!from.isAfter(today), "la date d'effet ne peut être dans le futur");
        require(!from.isBefore(hiredOn), "la date d'effet précède l'embauche de l'assistant, le " + date(hiredOn));
        existing.stream().map(Suspension::to).filter(Objects::nonNull).max(LocalDate::compareTo).ifPresent(lastEnd ->
                require(from.isAfter(lastEnd), "la date d'effet doit suivre la fin de la suspension précédente, le "
                        + date(lastEnd)));
        requireReason(reason);
        List<Suspension> suspensions = new ArrayList<>(existing);
        suspensions.add(new Suspension(from, null));
        return List.copyOf(suspensions);
    }

    /** The suspensions with the open one closed the day before {@code on}. */
    public static List<Suspension> resume(List<Suspension> existing, LocalDate on, LocalDate today) {
        require(!on.isAfter(today), "la date d'effet ne peut être dans le futur");
        Suspension open = open(existing).orElseThrow();
        require(on.isAfter(open.from()), "la reprise doit suivre le début de la suspension, le " + date(open.from()));
        return close(existing, on.minusDays(1));
    }

    /** An end on {@code lastDay} may not precede the start of the last suspension. */
    public static void requireEndAfterLast(List<Suspension> existing, LocalDate lastDay) {
        existing.stream().map(Suspension::from).max(LocalDate::compareTo).ifPresent(lastStart ->
                require(!lastDay.isBefore(lastStart), "la date d'effet précède la dernière suspension, du "
                        + date(lastStart)));
    }

    /** The suspensions with the open one, if any, closed on {@code lastDay}. */
    public static List<Suspension> close(List<Suspension> existing, LocalDate lastDay) {
        return existing.stream().map(s -> s.open() ? new Suspension(s.from(), lastDay) : s).toList();
    }

    public static Optional<Suspension> open(List<Suspension> existing) {
        return existing.stream().filter(Suspension::open).findFirst();
    }

    /** Days of [first, last] out of every suspension, both included. */
    public static long daysOutside(List<Suspension> existing, LocalDate first, LocalDate last) {
        long days = first.isAfter(last) ? 0 : Days.between(first, last);
        for (Suspension s : existing) {
            days -= s.daysWithin(first, last);
        }
        return Math.max(0, days);
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ContractValidationException("reason", "le motif est obligatoire");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ContractValidationException("effectiveDate", message);
        }
    }
}
