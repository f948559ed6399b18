package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.assistantmedical.support.BundledRulebook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test rulebooks change what they name, and refuse to name what the rulebook does not hold. */
class RulebooksTest {

    private static final Rulebook RULEBOOK = BundledRulebook.RULEBOOK;
    private static final String UNKNOWN = "contract.durationMonths";

    @Test
    void aChangeOfAParameterTheRulebookDoesNotHoldIsRefusedNamingIt() {
        List<Runnable> changes = List.of(
                () -> Rulebooks.withValue(RULEBOOK, UNKNOWN, 60),
                () -> Rulebooks.withValues(RULEBOOK, UNKNOWN, v -> v),
                () -> Rulebooks.withValueAt(RULEBOOK, UNKNOWN, 0, v -> v),
                () -> Rulebooks.withParameter(RULEBOOK, UNKNOWN, p -> p),
                () -> Rulebooks.without(RULEBOOK, UNKNOWN));
        for (Runnable change : changes) {
            assertEquals("no parameter contract.durationMonths in the rulebook",
                    assertThrows(IllegalArgumentException.class, change::run).getMessage());
        }
    }

    @Test
    void aValueMadeUnknownIsWrittenAsTheRulebookWritesAMissingOne() {
        Rulebook unknown = Rulebooks.withValue(RULEBOOK, ParameterNames.MAX_CCAM_SHARE, null);
        Parameter ceiling = unknown.parameter(ParameterNames.MAX_CCAM_SHARE).orElseThrow();
        assertEquals(RULEBOOK.parameter(ParameterNames.MAX_CCAM_SHARE).orElseThrow().values().stream()
                .map(v -> new ParameterValue(v.from(), null, null, null, null, "Non trouvé.", null, false)).toList(),
                ceiling.values());
        assertEquals(List.of(), RulebookValidator.validate(unknown));
    }
}
