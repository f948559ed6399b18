package fr.assistantmedical.rules;

import java.time.LocalDate;

/**
 * The calendar of a contract. Year n runs from the (n-1)th anniversary of the signature to the day
 * before the nth. Anniversaries are always counted from the signature date, so a contract signed on
 * 29 February has its anniversary on 28 February in common years and on 29 February in leap years
 * (the last day of the month when the day does not exist, as article 641 of the code de procédure
 * civile counts time limits in years).
 */
public final class ContractYears {

    private ContractYears() {
    }

    public static LocalDate start(LocalDate signature, int year) {
        return signature.plusYears(year - 1L);
    }

    public static LocalDate end(LocalDate signature, int year) {
        return signature.plusYears(year).minusDays(1);
    }

    /** The contract year that contains {@code date}: 0 before the signature, beyond the term after it. */
    public static int yearOn(LocalDate signature, LocalDate date) {
        if (date.isBefore(signature)) {
            return 0;
        }
        int year = date.getYear() - signature.getYear() + 1;
        return start(signature, year).isAfter(date) ? year - 1 : year;
    }
}
