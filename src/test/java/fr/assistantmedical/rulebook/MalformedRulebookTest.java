package fr.assistantmedical.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.RulebookException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A malformed rulebook file is refused whole, with the message that names what is wrong: the
 * bundled file with one thing broken gives exactly the problems that thing causes.
 */
class MalformedRulebookTest {

    private static final String BUNDLED = bundled();
    private static final String RA_2023 = """
              - code: REGLEMENT_ARBITRAL_2023
                label: "Règlement arbitral (arrêté du 28 avril 2023)"
                from: 2023-05-01
                takesRunningContractsAtAnniversary: false
                source: ameli-ra-2023
                certainty: OFFICIAL
                verified: 2026-11-22
            """;

    private static String bundled() {
        try (InputStream in = MalformedRulebookTest.class.getClassLoader().getResourceAsStream(RulebookProvider.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rulebook parse(String yaml) {
        return RulebookParser.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }

    /** The bundled file with {@code from} (which must occur exactly once) replaced by {@code to}. */
    private static String edit(String from, String to) {
        assertEquals(BUNDLED.indexOf(from), BUNDLED.lastIndexOf(from), "once: " + from);
        assertTrue(BUNDLED.contains(from), from);
        return BUNDLED.replace(from, to);
    }

    private static List<String> problems(String yaml) {
        return assertThrows(RulebookException.class, () -> parse(yaml)).problems();
    }

    @Test
    void theBundledFileIsRead() {
        Rulebook rulebook = parse(BUNDLED);
        assertEquals("aide-emploi-assistant-medical", rulebook.id());
        assertEquals("2026.12.02", rulebook.version());
        assertEquals(java.time.LocalDate.parse("2026-12-02"), rulebook.publishedOn());
        assertEquals(1, rulebook.collectiveRegimes().size());
        assertTrue(rulebook.regimes().get(2).takesRunningContractsAtAnniversary());
        assertEquals(false, rulebook.regimes().get(1).takesRunningContractsAtAnniversary());
        assertEquals("Médecine générale", rulebook.specialty("MEDECINE_GENERALE").orElseThrow().label());
    }

    @Test
    void aFileThatIsNoMappingIsRefused() {
        assertEquals(List.of("test: not a YAML mapping"), problems("- 1\n- 2\n"));
        assertEquals(List.of("test: not a YAML mapping"), problems("just text"));
        assertEquals(List.of("test: not a YAML mapping"), problems(""));
    }

    @Test
    void anUnknownFieldIsNamedWhereverItIs() {
        assertEquals(List.of("rulebook: unknown field editor"), problems(BUNDLED + "editor: CNAM\n"));
        assertEquals(List.of("source ameli-ra-2023: unknown field author"), problems(edit(
                "    url: https://www.ameli.fr/medecin/actualites/reglement-arbitral-les-mesures-en-vigueur-des-le-mois-de-mai-2023\n",
                "    url: https://www.ameli.fr/medecin/actualites/reglement-arbitral-les-mesures-en-vigueur-des-le-mois-de-mai-2023\n"
                        + "    author: CNAM\n")));
        assertEquals(List.of("specialty: unknown field labels"), problems(edit(
                "{ code: PEDIATRIE, label: \"Pédiatrie\" }", "{ code: PEDIATRIE, label: \"Pédiatrie\", labels: [] }")));
        assertEquals(List.of("regime REGLEMENT_ARBITRAL_2023: unknown field to"), problems(edit(RA_2023,
                RA_2023 + "    to: 2024-06-21\n")));
        assertEquals(List.of("parameter objectives.increaseRounding: unknown field default"), problems(edit(
                "    type: ROUNDING\n", "    type: ROUNDING\n    default: DOWN\n")));
        assertEquals(List.of("parameter objectives.increaseRounding from 2019-08-21: unknown field until"),
                problems(edit("value: DOWN, source: csmf-2025-04-02,", "value: DOWN, until: 2030-01-01, source: csmf-2025-04-02,")));
    }

    @Test
    void aSourceHasAnAddressAndThePeriodsItSpeaksOf() {
        assertEquals(List.of("source ameli-ra-2023: url ftp://ameli.fr/ra is not an http(s) address"), problems(edit(
                "    url: https://www.ameli.fr/medecin/actualites/reglement-arbitral-les-mesures-en-vigueur-des-le-mois-de-mai-2023\n",
                "    url: ftp://ameli.fr/ra\n")));
        assertEquals(List.of("source ameli-ra-2023: missing title"), problems(edit(
                "    title: \"ameli.fr — Règlement arbitral : les mesures en vigueur dès le mois de mai 2023\"\n", "")));
        List<String> noPeriods = problems(edit("""
                    url: https://www.ameli.fr/medecin/actualites/reglement-arbitral-les-mesures-en-vigueur-des-le-mois-de-mai-2023
                    regimes: [REGLEMENT_ARBITRAL_2023]
                """, """
                    url: https://www.ameli.fr/medecin/actualites/reglement-arbitral-les-mesures-en-vigueur-des-le-mois-de-mai-2023
                """));
        assertEquals("source ameli-ra-2023: missing regimes (the periods the text speaks of)", noPeriods.get(0));
        // Every value citing it now cites a text that speaks of no period.
        assertTrue(noPeriods.size() > 1 && noPeriods.subList(1, noPeriods.size()).stream()
                .allMatch(p -> p.contains(": source ameli-ra-2023 does not speak of ")), noPeriods.toString());
    }

    @Test
    void aSpecialtyHasOneCodeAndALabel() {
        assertEquals(List.of("specialty PEDIATRIE: defined twice"), problems(edit(
                "  - { code: PEDIATRIE, label: \"Pédiatrie\" }\n",
                "  - { code: PEDIATRIE, label: \"Pédiatrie\" }\n  - { code: PEDIATRIE, label: \"Pédiatrie bis\" }\n")));
        assertEquals(List.of("specialty: missing label"), problems(edit(
                "{ code: PEDIATRIE, label: \"Pédiatrie\" }", "{ code: PEDIATRIE }")));
        assertEquals(List.of("specialty: missing label"), problems(edit(
                "{ code: PEDIATRIE, label: \"Pédiatrie\" }", "{ code: PEDIATRIE, label: \"  \" }")));
    }

    @Test
    void aRegimeHasItsDateAndProvenance() {
        assertEquals(List.of("regime REGLEMENT_ARBITRAL_2023: unknown certainty OFFICIEL",
                "regime REGLEMENT_ARBITRAL_2023: no certainty"),
                problems(edit(RA_2023, RA_2023.replace("OFFICIAL", "OFFICIEL"))));
        assertEquals(List.of("regime REGLEMENT_ARBITRAL_2023: no verification date"),
                problems(edit(RA_2023, RA_2023.replace("    verified: 2026-11-22\n", ""))));
        assertEquals(List.of("regime REGLEMENT_ARBITRAL_2023: verified 22/11/2026 is not a date (YYYY-MM-DD)",
                "regime REGLEMENT_ARBITRAL_2023: no verification date"),
                problems(edit(RA_2023, RA_2023.replace("2026-11-22", "22/11/2026"))));
        assertEquals(List.of("regime REGLEMENT_ARBITRAL_2023: no source"),
                problems(edit(RA_2023, RA_2023.replace("    source: ameli-ra-2023\n", ""))));
        assertEquals(List.of("regime REGLEMENT_ARBITRAL_2023: unknown source jo-2023"),
                problems(edit(RA_2023, RA_2023.replace("source: ameli-ra-2023", "source: jo-2023"))));
        assertEquals(List.of("regime REGLEMENT_ARBITRAL_2023: missing label"),
                problems(edit(RA_2023, RA_2023.replace("    label: \"Règlement arbitral (arrêté du 28 avril 2023)\"\n",
                        ""))));
        List<String> noDate = problems(edit(RA_2023, RA_2023.replace("    from: 2023-05-01\n", "")));
        assertEquals("regime REGLEMENT_ARBITRAL_2023: missing from date", noDate.get(0), noDate.toString());
        List<String> badDate = problems(edit(RA_2023, RA_2023.replace("from: 2023-05-01", "from: 2023-05-32")));
        assertEquals(List.of("regime REGLEMENT_ARBITRAL_2023: from 2023-05-32 is not a date (YYYY-MM-DD)",
                "regime REGLEMENT_ARBITRAL_2023: missing from date"), badDate.subList(0, 2), badDate.toString());
    }

    @Test
    void regimesFollowEachOther() {
        List<String> sameDay = problems(edit(RA_2023, RA_2023.replace("from: 2023-05-01", "from: 2019-08-21")));
        assertTrue(sameDay.contains("regime REGLEMENT_ARBITRAL_2023: starts on 2019-08-21, the same day as the "
                + "previous regime") || sameDay.contains("regime AVENANT_7_2019: starts on 2019-08-21, the same day "
                + "as the previous regime"), sameDay.toString());
        List<String> twice = problems(edit(RA_2023, RA_2023.replace("code: REGLEMENT_ARBITRAL_2023",
                "code: AVENANT_7_2019")));
        assertTrue(twice.contains("regime AVENANT_7_2019: defined twice"), twice.toString());
        List<String> early = problems(edit("    label: \"Contrat collectif d'aide à l'emploi d'assistants médicaux "
                + "(validé par la commission paritaire nationale)\"\n    from: 2026-02-25\n",
                "    label: \"Contrat collectif d'aide à l'emploi d'assistants médicaux "
                + "(validé par la commission paritaire nationale)\"\n    from: 2019-01-01\n"));
        assertEquals("collectiveRegimes: start before the first regime", early.get(0), early.toString());
        List<String> none = problems(edit("\nregimes:\n", "\nregimes: []\nformerRegimes:\n"));
        assertEquals(List.of("rulebook: unknown field formerRegimes", "regimes: missing or empty",
                "regimes: none defined"), none.subList(0, 3), none.toString());
    }

    @Test
    void aParameterHasANameATypeAndOneDefinition() {
        assertEquals(List.of("parameter objectives.increaseRounding: needs a name and a type",
                "parameter objectives.increaseRounding: missing"), problems(edit("    type: ROUNDING\n", "")));
        assertEquals(List.of("parameter objectives.increaseRounding: unknown type ARRONDI",
                "parameter objectives.increaseRounding: needs a name and a type",
                "parameter objectives.increaseRounding: missing"),
                problems(edit("    type: ROUNDING\n", "    type: ARRONDI\n")));
        assertEquals(List.of("parameter ?: needs a name and a type", "parameter objectives.increaseRounding: missing"),
                problems(edit("  - name: objectives.increaseRounding\n", "  -\n")));
        String block = BUNDLED.substring(BUNDLED.indexOf("  - name: objectives.increaseRounding\n"),
                BUNDLED.indexOf("  - name: objectives.newlyInstalled.targetPercentile\n"));
        assertEquals(List.of("parameter objectives.increaseRounding: defined twice"),
                problems(edit(block, block + block)));
        assertEquals(List.of("values: missing or empty", "parameter objectives.increaseRounding: no values"),
                problems(edit(block, block.substring(0, block.indexOf("    values:")))));
    }

    @Test
    void aValueHasItsDateAndAKnownSourceAndCertainty() {
        assertEquals(List.of("parameter objectives.increaseRounding from ?: missing from date"),
                problems(edit("{ from: 2019-08-21, value: DOWN, source: csmf-2025-04-02,",
                        "{ value: DOWN, source: csmf-2025-04-02,")).subList(0, 1));
        assertEquals(List.of("parameter objectives.increaseRounding from 2019-08-21: unknown source csmf"),
                problems(edit("value: DOWN, source: csmf-2025-04-02,", "value: DOWN, source: csmf,")));
        assertEquals(List.of("parameter objectives.increaseRounding from 2019-08-21: unknown certainty SURE",
                "parameter objectives.increaseRounding from 2019-08-21: no certainty"),
                problems(edit("value: DOWN, source: csmf-2025-04-02, certainty: SECONDARY,",
                        "value: DOWN, source: csmf-2025-04-02, certainty: SURE,")));
        assertEquals(List.of("parameter objectives.increaseRounding from 2019-08-21: verified 12 is not a date (YYYY-MM-DD)",
                "parameter objectives.increaseRounding from 2019-08-21: no verification date"),
                problems(edit("value: DOWN, source: csmf-2025-04-02, certainty: SECONDARY, verified: 2026-12-02,",
                        "value: DOWN, source: csmf-2025-04-02, certainty: SECONDARY, verified: 12,")));
    }

    @Test
    void aValueIsReadAsItsTypeSays() {
        // A whole number written as a decimal, a share written as text, a list written as one code.
        assertEquals(List.of("parameter contract.durationYears from 2019-08-21: 5.0 is not a whole number >= 0"),
                problems(edit("{ from: 2019-08-21, value: 5, source: ameli-2019-dispositif",
                        "{ from: 2019-08-21, value: 5.0, source: ameli-2019-dispositif")));
        assertEquals(List.of("parameter contract.durationYears from 2019-08-21: 9999999999 is not a whole number >= 0"),
                problems(edit("{ from: 2019-08-21, value: 5, source: ameli-2019-dispositif",
                        "{ from: 2019-08-21, value: 9999999999, source: ameli-2019-dispositif")));
        assertEquals(List.of("parameter objectives.increaseRounding from 2019-08-21: unknown rounding code [\"DOWN\"]"),
                problems(edit("value: DOWN, source: csmf-2025-04-02,", "value: [DOWN], source: csmf-2025-04-02,")));
        assertEquals(List.of("parameter eligibility.sectors from 2019-08-21: SECTOR_1 is not a list of sector codes"),
                problems(edit("{ from: 2019-08-21, value: [SECTOR_1, SECTOR_2_OPTAM], source: reagjir-2019",
                        "{ from: 2019-08-21, value: SECTOR_1, source: reagjir-2019")));
        assertEquals(List.of("parameter eligibility.activityFloor.inclusive from 2019-08-21: oui is not true or false"),
                problems(BUNDLED.replaceFirst("(name: eligibility\\.activityFloor\\.inclusive\\n(?:    .*\\n)*?      - \\{ from: 2019-08-21, value: )(true|false)",
                        "$1oui")));
    }

    @Test
    void aBoundaryHasItsCertainty() {
        List<String> problems = problems(edit("boundary: { inclusive: true, certainty: PROVISIONAL, note: \"« 80 %",
                "boundary: { inclusive: true, note: \"« 80 %"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith(": boundary without certainty"), problems.toString());
        List<String> unknown = problems(edit("boundary: { inclusive: true, certainty: PROVISIONAL, note: \"« 80 %",
                "boundary: { inclusive: true, certainty: PROVISIONAL, strict: false, note: \"« 80 %"));
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).endsWith(" boundary: unknown field strict"), unknown.toString());
    }
}
