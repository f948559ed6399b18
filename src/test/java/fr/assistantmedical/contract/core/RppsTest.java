package fr.assistantmedical.contract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The RPPS number: eleven digits whose Luhn sum (every second digit from the right doubled) ends in 0. */
class RppsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "10000000009", // 9 + 1: no digit doubled counts
        "00000000018", // 8 + 1×2: the second digit from the right is doubled
        "00000000059", // 9 + (5×2 − 9): a doubled 5 gives 10, which counts as 1
        "00000000091", // 1 + (9×2 − 9): a doubled 9 gives 18, which counts as 9
        "12345678903",
        "10101010105",
        "00000000000"})
    void aNumberWhoseLuhnSumEndsInZeroIsValid(String rpps) {
        assertTrue(Rpps.isValid(rpps));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "10000000008", // sum 9
        "00000000019", // sum 11: the last digit is not doubled
        "00000000081", // 8 undoubled would give 9
        "00000000050", // a doubled 5 counted as 10 would end in 0
        "00000000910", // 9 + 1×2: the third digit from the right is not doubled
        "99999999999",
        "10003456789"})
    void aNumberWhoseLuhnSumDoesNotEndInZeroIsRefused(String rpps) {
        assertFalse(Rpps.isValid(rpps));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "1000000009", "100000000090", "1000000000a", " 10000000009", "10000000009 ",
        "1000000000-9", "１0000000009"})
    void anythingButElevenDigitsIsRefused(String rpps) {
        assertFalse(Rpps.isValid(rpps));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "NULL", value = {
        "NULL, ***",
        "'', ***",
        "123, ***",
        "1234, *******1234",
        "10000000009, *******0009"})
    void onlyTheLastFourDigitsAreShown(String rpps, String masked) {
        assertEquals(masked, Rpps.masked(rpps));
    }
}
