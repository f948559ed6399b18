package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.BundledRulebook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aid due after a review: exact shares, one rounding to the cent. */
class AidDueTest {

    private static final Rulebook RULEBOOK = load();
    private static final LocalDate SIGNED = LocalDate.parse("2025-03-01");
    private static final BigDecimal MAX = new BigDecimal("10500.00");

    private static Rulebook load() {
        return BundledRulebook.RULEBOOK;
    }

    private static AidDue.Result review(Rulebook rulebook, int year, int observedMt, int observedFa) {
        return AidDue.review(rulebook, SIGNED, year, MAX, new AidDue.Target(1200, 1425, null),
                new AidDue.Target(1800, 1980, null), observedMt, observedFa);
    }

    @Test
    void theAchievementIsNotRoundedBeforeTheAmount() {
        // 100 / 225: 10 500 € × 0,4444 would give 4 666,20 €; the exact share gives 4 666,67 €.
        AidDue.Result result = review(RULEBOOK, 3, 1300, 1980);
        assertEquals(new BigDecimal("4666.67"), result.amountDue());
        assertEquals(new BigDecimal("0.4444"), result.achievement());
        assertEquals(Ratio.of(4, 9), result.factor());
    }

    @Test
    void yearsBeforeTheCheckAreDueInFull() {
        AidDue.Result result = review(RULEBOOK, 2, 1200, 1800);
        assertEquals("FULL", result.modulation());
        assertEquals(MAX, result.amountDue());
        assertEquals(new BigDecimal("0.0000"), result.achievementMt());
    }

    @Test
    void theAverageOfTheIndicatorsIsExactToo() {
        // (100/225 + 90/180) / 2 = 17/36: 10 500 € × 17 / 36 = 4 958,333… → 4 958,33 €
        assertEquals(new BigDecimal("4958.33"), review(Rulebooks.withValue(RULEBOOK, ParameterNames.REVIEW_COMBINATION,
                "AVERAGE"), 3, 1300, 1890).amountDue());
    }

    @Test
    void allOrNothingPaysOnlyAReachedObjective() {
        Rulebook rulebook = Rulebooks.withValue(RULEBOOK, ParameterNames.REVIEW_MODULATION, "ALL_OR_NOTHING");
        assertEquals(new BigDecimal("0.00"), review(rulebook, 3, 1424, 1980).amountDue());
        assertEquals(MAX, review(rulebook, 3, 1425, 1980).amountDue());
    }

    @Test
    void aCommitmentToMaintainIsReachedAboveItsMinimum() {
        AidDue.Result result = AidDue.review(RULEBOOK, SIGNED, 3, MAX, new AidDue.Target(2000, 2000, 1800), null,
                1710, null);
        // 1 710 of the 1 800 accepted: 19/20.
        assertEquals(new BigDecimal("9975.00"), result.amountDue());
    }

    @Test
    void aCheckedYearWithoutItsMaximumHasNoAmountDueAndSaysWhy() {
        AidDue.Result result = AidDue.review(Rulebooks.firm(RULEBOOK), SIGNED, 3, null, new AidDue.Target(1200, 1425, null),
                new AidDue.Target(1800, 1980, null), 1300, 1980);
        assertNull(result.amountDue());
        assertEquals(new BigDecimal("0.4444"), result.achievement());
        assertEquals(List.of(new Warning("maxAid", "Montant maximal de l'année inconnu : aide due non calculée.")),
                result.warnings());
        assertTrue(result.provisional());
    }

    @Test
    void aReviewOnFirmRulesIsNotProvisional() {
        AidDue.Result result = review(Rulebooks.firm(RULEBOOK), 3, 1300, 1980);
        assertEquals(new BigDecimal("4666.67"), result.amountDue());
        assertEquals(List.of(), result.warnings());
        assertFalse(result.provisional());
    }

    @Test
    void amountsAreWrittenTheFrenchWay() {
        assertEquals("6\u00a0601,00\u00a0€", Text.euros(new BigDecimal("6601")));
        assertEquals("4\u00a0666,67\u00a0€", Text.euros(new BigDecimal("4666.67")));
        assertEquals("1\u00a0234\u00a0567,89\u00a0€", Text.euros(new BigDecimal("1234567.89")));
        assertEquals("0,50\u00a0€", Text.euros(new BigDecimal("0.5")));
        assertEquals("1er mars 2027", Text.date(LocalDate.parse("2027-03-01")));
    }
}
