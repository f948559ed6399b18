package fr.assistantmedical.contract.core;

import java.time.LocalDate;

/**
 * A period during which the aid and the objectives are on hold, from {@code from} to {@code to}
 * included; {@code to} is null while the contract is still suspended.
 */
public record Suspension(LocalDate from, LocalDate to) {

    public boolean open() {
        return to == null;
    }

    /** Days of the suspension within [start, end], both included. */
    long daysWithin(LocalDate start, LocalDate end) {
        LocalDate first = from.isAfter(start) ? from : start;
        LocalDate last = to == null || to.isAfter(end) ? end : to;
        return first.isAfter(last) ? 0 : Days.between(first, last);
    }
}
