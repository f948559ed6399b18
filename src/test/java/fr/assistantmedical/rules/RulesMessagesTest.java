package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.assistantmedical.support.BundledRulebook;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the rules say when they refuse: a rulebook's problems, a date before any regime, a ratio over
 * zero; the percentiles' ranks.
 */
class RulesMessagesTest {

    @Test
    void anInvalidRulebookListsEachProblem() {
        assertEquals("The rulebook is invalid (1 problem):\n  - regimes: none defined",
                new RulebookException(List.of("regimes: none defined")).getMessage());
        assertEquals("The rulebook is invalid (2 problems):\n  - a\n  - b",
                new RulebookException(List.of("a", "b")).getMessage());
    }

    @Test
    void aDateBeforeTheFirstRegimeIsOutsideTheRulebook() {
        Simulator simulator = new Simulator(BundledRulebook.RULEBOOK);
        assertSame(BundledRulebook.RULEBOOK, simulator.rulebook());
        Profile early = new Profile(LocalDate.parse("2019-08-20"), "MEDECINE_GENERALE", 1, null, 1200, 1800, null,
                null, null, null, null, null);
        OutsideRulebookException e = assertThrows(OutsideRulebookException.class,
                () -> simulator.eligibility(early, false));
        assertEquals(LocalDate.parse("2019-08-20"), e.date());
        assertEquals(LocalDate.parse("2019-08-21"), e.firstDate());
        assertEquals("No regime is in force on 2019-08-20", e.getMessage());
    }

    @Test
    void percentilesRankAsTheirNamesSay() {
        assertEquals(List.of(30, 50, 70, 90, 95), Stream.of(Percentile.values()).map(Percentile::rank).toList());
        assertEquals(List.of(Percentile.P30, Percentile.P50, Percentile.P70, Percentile.P90, Percentile.P95),
                Stream.of(PercentileBand.values()).map(PercentileBand::lower).toList());
    }

    @Test
    void aRatioHasAPositiveDenominator() {
        assertEquals("denominator 0", assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, 0)).getMessage());
        assertEquals("denominator -2", assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, -2)).getMessage());
        assertEquals(Ratio.of(1, 3), Ratio.of(2, 6));
    }
}
