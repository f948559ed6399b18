package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.BundledRulebook;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The band placed from the counts reads the thresholds that bound it, and only those. */
class BandsTest {

    private static final LocalDate ON = LocalDate.parse("2025-02-01");
    private static final String P = "percentiles.MEDECINE_GENERALE.MT.";

    private static List<String> read(int count, PercentileBand expected) {
        Profile gp = new Profile(ON, "MEDECINE_GENERALE", 1, null, count, null, null, null, null, null, null, null);
        Evaluation ev = new Evaluation(BundledRulebook.RULEBOOK, true);
        ev.step("objective.MT", "Objectif");
        assertEquals(expected, Bands.objectiveBand(gp, Indicator.MT, count, ev));
        return ev.trace().get(0).uses().stream().map(TraceStep.Use::parameter).toList();
    }

    @Test
    void theLowestBandReadsOnlyItsUpperThreshold() {
        // Under the median (1 045 in 2025): the P30, the floor of eligibility, is not what places it.
        assertEquals(List.of(P + "P50"), read(800, PercentileBand.P30_P50));
    }

    @Test
    void aBandAboveReadsBothItsThresholds() {
        assertEquals(List.of(P + "P90", P + "P95"), read(1600, PercentileBand.P90_P95));
        assertEquals(List.of(P + "P95"), read(1800, PercentileBand.P95_PLUS));
    }
}
