package fr.assistantmedical.contract.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Counting days, both ends included. */
final class Days {

    private Days() {
    }

    static long between(LocalDate first, LocalDate last) {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
