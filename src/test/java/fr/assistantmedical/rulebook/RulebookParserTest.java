package fr.assistantmedical.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.Parameter;
import fr.assistantmedical.rules.ParameterValue;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.RulebookException;
import fr.assistantmedical.support.PeopleText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulebookParserTest {

    private static String bundled() throws IOException {
        try (InputStream in = RulebookParserTest.class.getClassLoader().getResourceAsStream(RulebookProvider.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Rulebook parse(String yaml) {
        return RulebookParser.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }

    private static List<String> problems(String yaml) {
        return assertThrows(RulebookException.class, () -> parse(yaml)).problems();
    }

    @Test
    void theBundledRulebookIsValidAndEveryKnownValueHasItsProvenance() throws IOException {
        Rulebook rulebook = parse(bundled());
        assertEquals(3, rulebook.regimes().size());
        for (Parameter p : rulebook.parameters()) {
            for (ParameterValue v : p.values()) {
                if (v.known()) {
                    assertTrue(v.source() != null && v.certainty() != null && v.verified() != null, p.name());
                    assertTrue(v.source().url() == null || v.source().url().startsWith("http"), p.name());
                } else {
                    assertTrue(v.note() != null && !v.note().isBlank(), p.name() + " says what is missing");
                }
            }
        }
    }

    @Test
    void everyProblemIsListedAtOnce() throws IOException {
        String yaml = bundled()
                // overlapping dates: two values from the same day
                .replace("- { from: 2023-05-01, value: 13500, source: ameli-2024-changes",
                        "- { from: 2019-08-21, value: 13500, source: ameli-2024-changes")
                // negative amount
                .replace("value: 9450,", "value: -9450,")
                // unknown specialty code
                .replace("value: [ORL, GYNECOLOGIE_MEDICALE, GYNECOLOGIE_OBSTETRIQUE], source: ameli-2024-revalorisation",
                        "value: [ORL, GYNECO], source: ameli-2024-revalorisation")
                // unknown source
                .replace("value: 22000, source: ameli-2024-changes", "value: 22000, source: nowhere")
                // thresholds out of order: P90 below P50
                .replace("value: 1503,", "value: 1000,");
        List<String> problems = problems(yaml);
        assertTrue(problems.stream().anyMatch(p -> p.contains("amounts.HALF_TIME.year2") && p.contains("overlaps")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("-9450")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown specialty code GYNECO")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown source nowhere")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("MT.P90") && p.contains("not above")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("year2 (-9450) is below year3Plus")), problems.toString());
        // P90 below P50 on both dates the P50 changes.
        assertEquals(7, problems.size(), problems.toString());
    }

    @Test
    void periodsWithoutValueAndIncoherentAmountsAreRefused() throws IOException {
        String yaml = bundled()
                .replace("- { from: 2019-08-21, value: 5, source: ameli-2019-dispositif",
                        "- { from: 2020-01-01, value: 5, source: ameli-2019-dispositif")
                .replace("value: 13000, source", "value: 10000, source");
        List<String> problems = problems(yaml);
        assertTrue(problems.stream().anyMatch(p -> p.contains("contract.durationYears: no value between 2019-08-21")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("year3PlusP90P95 (10000) is below year3Plus")),
                problems.toString());
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void aMissingParameterOrAnUnknownOneIsRefused() throws IOException {
        String yaml = bundled().replace("name: review.indicatorCombination", "name: review.indicatorCombinaison");
        List<String> problems = problems(yaml);
        assertTrue(problems.contains("parameter review.indicatorCombination: missing"), problems.toString());
        assertTrue(problems.contains("parameter review.indicatorCombinaison: unknown parameter"), problems.toString());
    }

    @Test
    void aMissingValueMustSayWhy() throws IOException {
        String yaml = bundled().replace(
                "{ from: 2019-08-21, value: null, note: \"Sans objet avant la convention 2024.\" }",
                "{ from: 2019-08-21, value: null }");
        assertTrue(problems(yaml).stream().anyMatch(p -> p.contains("a missing value needs a note")));
    }

    @Test
    void provisionalValuesAreMarkedAsSuch() throws IOException {
        Rulebook rulebook = parse(bundled());
        ParameterValue p90 = rulebook.parameter("percentiles.MEDECINE_GENERALE.MT.P90").orElseThrow()
                .at(java.time.LocalDate.parse("2025-01-01")).orElseThrow();
        assertEquals(Certainty.PROVISIONAL, p90.certainty());
    }

    @Test
    void aValueCitesASourceForItsOwnPeriodOrSaysItIsCarriedOver() throws IOException {
        // The 775 of the convention 2024 cited from a text that speaks only of the avenant 7.
        String yaml = bundled().replace("{ from: 2024-06-22, value: 775, source: mesdocs-collectif",
                "{ from: 2024-06-22, value: 775, source: acoorde-avenant7");
        assertEquals(List.of("parameter percentiles.MEDECINE_GENERALE.MT.P30 from 2024-06-22: source acoorde-avenant7 "
                + "does not speak of CONVENTION_2024 (give a value with a source for it, or mark this one carriedOver)"),
                problems(yaml));
        String carried = bundled().replace("{ from: 2024-06-22, value: 775, source: mesdocs-collectif",
                "{ from: 2024-06-22, value: 775, carriedOver: true, source: acoorde-avenant7");
        assertEquals(775, parse(carried).parameter("percentiles.MEDECINE_GENERALE.MT.P30").orElseThrow()
                .at(java.time.LocalDate.parse("2025-01-01")).orElseThrow().asInteger());
        assertTrue(problems(bundled().replace("regimes: [AVENANT_7_2019]\n  jhp-2023", "regimes: [AVENANT_8]\n  jhp-2023"))
                .contains("source remede-2019: unknown regime AVENANT_8"));
    }

    @Test
    void theTwoReadingsOfTheFeeSplitMustAgreeOnTheBoundary() throws IOException {
        String yaml = bundled().replace("boundary: { inclusive: true, certainty: PROVISIONAL, note: \"« 80 %",
                "boundary: { inclusive: false, certainty: PROVISIONAL, note: \"« 80 %");
        assertTrue(problems(yaml).stream().anyMatch(p -> p.startsWith("fee split on 2024-06-22")), problems(yaml)
                .toString());
    }

    @Test
    void notesAndDescriptionsSpeakToPeople() throws IOException {
        Rulebook rulebook = parse(bundled());
        List<String> texts = new java.util.ArrayList<>();
        rulebook.regimes().forEach(r -> texts.add(r.note()));
        for (Parameter p : rulebook.parameters()) {
            texts.add(p.description());
            for (ParameterValue v : p.values()) {
                texts.add(v.note());
                texts.add(v.boundary() == null ? null : v.boundary().note());
                texts.add(v.value() instanceof String text && text.contains(" ") ? text : null);
            }
        }
        List<String> leaks = texts.stream().filter(t -> t != null && PeopleText.codeWord(t) != null)
                .map(t -> PeopleText.codeWord(t) + " in: " + t).toList();
        assertEquals(List.of(), leaks);
    }

    @Test
    void unreadableYamlIsRefused() {
        assertTrue(problems("id: [unclosed").get(0).startsWith("test: not readable YAML"));
    }
}
