package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.Reasons.codes;
import static fr.assistantmedical.rules.Reasons.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.BundledRulebook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eligibility rules on rulebooks the bundled one never is: they read the boundaries, the limits
 * and the exemptions from the rulebook, and must follow it when it changes (a rulebook under review,
 * a value the sources leave open). These test the service's stated convention of reading every rule
 * from the rulebook, not a text of the law.
 */
class EligibilityRulesTest {

    private static final Rulebook RULEBOOK = BundledRulebook.RULEBOOK;
    private static final LocalDate ON = LocalDate.parse("2025-02-01");

    private static Profile surgeon(String ccamShare) {
        return new Profile(ON, "CHIRURGIE_GENERALE", 1, null, null, null, new BigDecimal(ccamShare), null, null, null,
                null, PercentileBand.P50_P70);
    }

    @Test
    void aShareExactlyOnAnExclusiveCeilingIsOverIt() {
        Rulebook exclusive = Rulebooks.withValues(RULEBOOK, ParameterNames.MAX_CCAM_SHARE, v -> v.boundary() == null
                ? v : new ParameterValue(v.from(), v.value(), v.source(), v.certainty(), v.verified(), v.note(),
                        new Boundary(false, v.boundary().certainty(), v.boundary().note()), v.carriedOver()));
        Eligibility e = EligibilityRules.evaluate(surgeon("0.2"), new Evaluation(exclusive, false));
        assertEquals(EligibilityStatus.NOT_ELIGIBLE, e.status());
        assertEquals("Part des honoraires CCAM de 20 % : ne respecte pas le plafond de 20 %.",
                reason(e.reasons(), "CCAM_SHARE_NOT_MET").message());
        // The same share on the bundled, inclusive, ceiling is under it.
        assertEquals("Part des honoraires CCAM de 20 % : sous le plafond de 20 %.", reason(EligibilityRules
                .evaluate(surgeon("0.2"), new Evaluation(RULEBOOK, false)).reasons(), "CCAM_SHARE_MET").message());
    }

    @Test
    void aCeilingTheRulebookDoesNotKnowLeavesTheShareUndecided() {
        Rulebook unknown = Rulebooks.withValue(RULEBOOK, ParameterNames.MAX_CCAM_SHARE, null);
        Eligibility e = EligibilityRules.evaluate(surgeon("0.1"), new Evaluation(unknown, true));
        assertEquals(EligibilityStatus.TO_CONFIRM, e.status());
        // An unknown value has no source to cite.
        assertEquals(new Reason("CCAM_SHARE_UNKNOWN", Outcome.UNDECIDED,
                "Le seuil de part des honoraires CCAM n'est pas connu.", null, ParameterNames.MAX_CCAM_SHARE, null,
                null), reason(e.reasons(), "CCAM_SHARE_UNKNOWN"));
        assertEquals("seuil inconnu", e.trace().stream().filter(t -> t.rule().equals("eligibility.ccamShare"))
                .findFirst().orElseThrow().result());
    }

    @Test
    void aNewlyInstalledDoctorIsHeldToTheFloorWhenTheRulebookLiftsTheExemption() {
        Profile gp = new Profile(ON, "MEDECINE_GENERALE", 1, null, 774, null, null, null, LocalDate.parse("2024-03-01"),
                null, null, null);
        assertEquals(List.of("ACTIVITY_FLOOR_NEWLY_INSTALLED"), codes(EligibilityRules.evaluate(gp,
                new Evaluation(RULEBOOK, false)).reasons()).stream().filter(c -> c.startsWith("ACTIVITY_FLOOR"))
                .toList());
        Eligibility held = EligibilityRules.evaluate(gp, new Evaluation(Rulebooks.withValue(RULEBOOK,
                ParameterNames.FLOOR_NEWLY_INSTALLED_EXEMPT, false), false));
        assertEquals(EligibilityStatus.NOT_ELIGIBLE, held.status());
        assertEquals(List.of("ACTIVITY_FLOOR_NOT_MET"), codes(held.reasons()).stream()
                .filter(c -> c.startsWith("ACTIVITY_FLOOR")).toList());
    }
}
