package fr.assistantmedical.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeopleTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Valeur provisoire : percentiles.MEDECINE_GENERALE.MT.P90 (1503).|percentiles.MEDECINE_GENERALE.MT.P90",
        "Montant maximal de l'année 1 (HALF_TIME)|HALF_TIME",
        "19 000,00 € (CONVENTION_2024, year1)|CONVENTION_2024",
        "SECTOR_1|SECTOR_1",
        "Tableau du règlement arbitral non lu.|non lu",
        "Signature le 2025-03-01.|2025-03-01",
        "Préciser priorityZone.|priorityZone",
        "Selon jhp-2023, les chirurgiens…|jhp-2023",
        "Base PERCENTILE_BAND sur la file active|PERCENTILE_BAND"})
    void codeWordsAreFound(String text, String word) {
        assertEquals(word, PeopleText.codeWord(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Patientèle médecin traitant de 1 200 patients : au-dessus du seuil P30 de 775 patients.",
        "Option mi-temps — 1re année : 19 000,00 € (Convention médicale 2024-2029, 1re année)",
        "L'option temps plein est réservée aux médecins exerçant en zone d'intervention prioritaire (ZIP).",
        "Sources : ameli.fr, le Quotidien du Médecin (3 avril 2025)."})
    void frenchForPeoplePasses(String text) {
        assertNull(PeopleText.codeWord(text));
    }
}
