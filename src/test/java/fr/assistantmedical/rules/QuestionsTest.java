package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.rules.Questions.Period;
import fr.assistantmedical.rules.Questions.Question;
import fr.assistantmedical.support.BundledRulebook;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the simulator asks, period by period, read from the bundled rulebook. */
class QuestionsTest {

    private static final Rulebook RULEBOOK = load();

    private static Rulebook load() {
        return BundledRulebook.RULEBOOK;
    }

    private static Period at(String date) {
        LocalDate day = LocalDate.parse(date);
        return Questions.periods(RULEBOOK).stream()
                .filter(p -> !p.from().isAfter(day) && (p.until() == null || !p.until().isBefore(day)))
                .findFirst().orElseThrow();
    }

    private static Optional<Question> question(Period period, String input) {
        return period.questions().stream().filter(q -> q.input().equals(input)).findFirst();
    }

    @Test
    void thePeriodsFollowOneAnotherFromTheFirstDateWithoutGapOrRepeat() {
        List<Period> periods = Questions.periods(RULEBOOK);
        assertEquals(RULEBOOK.firstDate(), periods.get(0).from());
        for (int i = 1; i < periods.size(); i++) {
            assertEquals(periods.get(i - 1).until().plusDays(1), periods.get(i).from(), "period " + i);
            assertTrue(!periods.get(i - 1).sameAs(periods.get(i)), "period " + i + " differs from the one before");
        }
        assertNull(periods.get(periods.size() - 1).until());
    }

    @Test
    void underAvenant7GroupPracticeAndTheZipAreAskedAndTheThirdTimeIsOpen() {
        Period period = at("2021-03-01");
        assertEquals(List.of(Option.THIRD_TIME, Option.HALF_TIME, Option.FULL_TIME), period.options());
        assertEquals(List.of(), period.secondOptions());
        assertTrue(question(period, "groupPractice").isPresent());
        assertEquals(Optional.of(new Question("priorityZone", List.of(), List.of(), false)),
                question(period, "priorityZone"));
        assertEquals(Optional.empty(), question(period, "ccamShare"));
    }

    @Test
    void in2025SurgeonsAreAskedTheirCcamShareAndTheZipOnlyForASecondAssistant() {
        Period period = at("2025-03-01");
        assertEquals(List.of(Option.HALF_TIME, Option.FULL_TIME), period.options());
        assertEquals(List.of(Option.SECOND_HALF_TIME, Option.SECOND_FULL_TIME), period.secondOptions());
        assertEquals(Optional.empty(), question(period, "groupPractice"));
        assertTrue(question(period, "ccamShare").orElseThrow().specialties().containsAll(
                List.of("CHIRURGIE_VISCERALE", "ORL", "GYNECOLOGIE_OBSTETRIQUE")));
        assertEquals(Optional.of(new Question("priorityZone", List.of(), List.of(), true)),
                question(period, "priorityZone"));
        assertEquals(Optional.of(new Question("optam", List.of("2"), List.of(), false)), question(period, "optam"));
    }
}
