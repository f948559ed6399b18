package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractYearsTest {

    private static final LocalDate LEAP = LocalDate.parse("2024-02-29");

    @Test
    void aYearRunsFromTheAnniversaryToTheDayBeforeTheNext() {
        LocalDate signature = LocalDate.parse("2025-03-15");
        assertEquals(LocalDate.parse("2027-03-15"), ContractYears.start(signature, 3));
        assertEquals(LocalDate.parse("2028-03-14"), ContractYears.end(signature, 3));
    }

    /**
     * The service's stated convention (README, "Anniversaries"), not a source: no text on the aid says
     * where a 29 February contract has its anniversary in a common year; 28 February is taken.
     */
    @Test
    void aTwentyNinthOfFebruarySignatureKeepsItsDayInLeapYears() {
        assertEquals(LocalDate.parse("2025-02-28"), ContractYears.start(LEAP, 2));
        assertEquals(LocalDate.parse("2026-02-27"), ContractYears.end(LEAP, 2));
        assertEquals(LocalDate.parse("2028-02-29"), ContractYears.start(LEAP, 5));
        assertEquals(LocalDate.parse("2028-02-28"), ContractYears.end(LEAP, 4));
    }

    @Test
    void theYearOnADateFollowsTheAnniversaries() {
        assertEquals(0, ContractYears.yearOn(LEAP, LocalDate.parse("2024-02-28")));
        assertEquals(1, ContractYears.yearOn(LEAP, LEAP));
        assertEquals(1, ContractYears.yearOn(LEAP, LocalDate.parse("2025-02-27")));
        assertEquals(2, ContractYears.yearOn(LEAP, LocalDate.parse("2025-02-28")));
        assertEquals(4, ContractYears.yearOn(LEAP, LocalDate.parse("2028-02-28")));
        assertEquals(5, ContractYears.yearOn(LEAP, LocalDate.parse("2028-02-29")));
        assertEquals(6, ContractYears.yearOn(LEAP, LocalDate.parse("2029-02-28")));
    }
}
