package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.rules.Questions.Period;
import fr.assistantmedical.rules.Questions.Question;
import fr.assistantmedical.support.BundledRulebook;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private static Rulebook withExtraValue(String name, LocalDate from, Object value) {
        return Rulebooks.withParameter(RULEBOOK, name, p -> {
            List<ParameterValue> values = new ArrayList<>(p.values());
            ParameterValue last = values.get(values.size() - 1);
            values.add(new ParameterValue(from, value, last.source(), last.certainty(), last.verified(), null, null,
                    false));
            return new Parameter(p.name(), p.description(), p.type(), p.unit(), values);
        });
    }

    private static List<LocalDate> starts(Rulebook rulebook) {
        return Questions.periods(rulebook).stream().map(Period::from).toList();
    }

    @Test
    void aRepeatedValueStartsNoPeriodAndAChangedOneDoes() {
        List<LocalDate> bundled = starts(RULEBOOK);
        assertEquals(List.of(LocalDate.parse("2019-08-21"), LocalDate.parse("2023-05-01"),
                LocalDate.parse("2024-06-22")), bundled);
        // The same options again from 2025: nothing changes, no new period.
        assertEquals(bundled, starts(withExtraValue(ParameterNames.OPTIONS_OPEN, LocalDate.parse("2025-01-01"),
                List.of("HALF_TIME", "FULL_TIME"))));
        assertEquals(bundled, starts(withExtraValue(ParameterNames.SECOND_OPEN, LocalDate.parse("2025-01-01"),
                List.of("SECOND_HALF_TIME", "SECOND_FULL_TIME"))));
        assertEquals(bundled, starts(withExtraValue(ParameterNames.SECOND_REQUIRES_ZIP,
                LocalDate.parse("2025-01-01"), true)));
        // The half time closed from 2025 (no regime starts then): a period of its own.
        List<Period> closed = Questions.periods(withExtraValue(ParameterNames.OPTIONS_OPEN,
                LocalDate.parse("2025-01-01"), List.of("FULL_TIME")));
        assertEquals(4, closed.size());
        assertEquals(LocalDate.parse("2024-12-31"), closed.get(2).until());
        assertEquals(new Period(LocalDate.parse("2025-01-01"), null, List.of(Option.FULL_TIME),
                closed.get(2).secondOptions(), closed.get(2).questions()), closed.get(3));
    }

    @Test
    void aDoctorAloneInAZipIsAskedTheZipWhileGroupPracticeIsRequired() {
        // The full time not reserved to the ZIP: the ZIP is still asked under the avenant 7, where a
        // doctor alone in a ZIP escapes the group practice condition: « exercice dans les Zones
        // d'Intervention Prioritaires (ZIP) » is one of its two exceptions [SECONDARY] PAPS Grand Est,
        // https://grand-est.paps.sante.fr/une-aide-lembauche-0?parent=7713 (rules-research.md §2.4); the
        // bundled rulebook holds it PROVISIONAL from the CSMF's account of the avenant 7's last negotiation
        // session, May 2019 (eligibility.groupPractice.priorityZoneExempt): read in the press and the
        // unions, not in the avenant's text.
        Rulebook fullTimeAnywhere = Rulebooks.withValue(RULEBOOK, ParameterNames.FULL_TIME_REQUIRES_ZIP, false);
        assertEquals(Optional.of(Question.always("priorityZone")),
                question(Questions.at(fullTimeAnywhere, LocalDate.parse("2021-03-01")), "priorityZone"));
        // Without the exemption either, nothing turns on the ZIP.
        Rulebook noExemption = Rulebooks.withValue(fullTimeAnywhere, ParameterNames.GROUP_PRACTICE_ZIP_EXEMPT, false);
        assertEquals(Optional.empty(), question(Questions.at(noExemption, LocalDate.parse("2021-03-01")),
                "priorityZone"));
    }
}
