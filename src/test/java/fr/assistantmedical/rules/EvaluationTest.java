package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.BundledRulebook;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warnings an answer carries for the values it reads. */
class EvaluationTest {

    private static final String P30 = "percentiles.MEDECINE_GENERALE.MT.P30";

    @Test
    void aProvisionalCountOfPatientsIsShownInItsWarning() {
        Rulebook rulebook = Rulebooks.withValues(BundledRulebook.RULEBOOK, P30, v -> new ParameterValue(v.from(),
                v.value(), v.source(), Certainty.PROVISIONAL, v.verified(), "À confirmer.", v.boundary(),
                v.carriedOver()));
        Evaluation ev = new Evaluation(rulebook, false);
        ev.use(P30, LocalDate.parse("2025-02-01"));
        assertEquals(List.of(new Warning(P30, "Médecine générale — 30e percentile de la patientèle médecin traitant : "
                + "valeur provisoire (775 patients). À confirmer.")), ev.warnings());
    }

    @Test
    void aProvisionalAmountIsShownInEurosInItsWarning() {
        String year1 = CollectiveNames.AMOUNT_YEAR1;
        Rulebook rulebook = Rulebooks.withValues(BundledRulebook.RULEBOOK, year1, v -> new ParameterValue(v.from(),
                v.value(), v.source(), Certainty.PROVISIONAL, v.verified(), null, v.boundary(), v.carriedOver()));
        Evaluation ev = new Evaluation(rulebook, false);
        ev.use(year1, LocalDate.parse("2026-03-02"));
        assertEquals(List.of(new Warning(year1, "Contrat collectif — aide par ETP d'assistant, 1re année : valeur "
                + "provisoire (38\u00a0000,00\u00a0€).")), ev.warnings());
    }
}
