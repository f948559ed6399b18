package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.BundledRulebook;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the simulator adds to the eligibility rules' answer. */
class SimulatorTest {

    private static final Rulebook RULEBOOK = BundledRulebook.RULEBOOK;

    @Test
    void anOptionNoLongerOpenIsRefusedCitingTheTextThatOpensTheOthers() {
        // ameli 2024: « Cette option ne peut plus être souscrite depuis le 1er mai 2023 » (the third time).
        LocalDate on = LocalDate.parse("2025-02-01");
        Profile gp = new Profile(on, "MEDECINE_GENERALE", 1, null, 900, null, null, null, null, null, null, null);
        Simulation s = new Simulator(RULEBOOK).simulate(gp, Option.THIRD_TIME, false);
        assertEquals(List.of(), s.simulations());
        Source opening = RULEBOOK.parameter(ParameterNames.OPTIONS_OPEN).orElseThrow().at(on).orElseThrow().source();
        assertEquals(List.of(new Reason("OPTION_NOT_OPEN", Outcome.NOT_MET,
                "L'option " + Option.THIRD_TIME.label() + " ne peut pas être souscrite au 1er février 2025.",
                Option.THIRD_TIME, ParameterNames.OPTIONS_OPEN, opening, null)),
                s.eligibility().reasons().stream().filter(r -> r.option() != null).toList());
    }
}
