package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.BundledRulebook;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The objective's basis and explanation in the cases the law cases do not compare whole. */
class ObjectivesTest {

    private static final Rulebook RULEBOOK = BundledRulebook.RULEBOOK;
    private static final LocalDate ON = LocalDate.parse("2025-02-01");

    private static Profile gp(int mt, int fa, Integer age, LocalDate installedOn) {
        return new Profile(ON, "MEDECINE_GENERALE", 1, null, mt, fa, null, age, installedOn, null, null, null);
    }

    private static Objective objective(Rulebook rulebook, Profile p, CpamTargets targets) {
        return Objectives.objective(p, Option.HALF_TIME, targets, new Evaluation(rulebook, false));
    }

    @Test
    void targetsTheCpamLeftEmptyAreNoTargets() {
        Profile p = gp(1200, 1500, null, null);
        Objective none = objective(RULEBOOK, p, null);
        assertEquals(ObjectiveBasis.PERCENTILE_BAND, none.basis());
        assertEquals(none, objective(RULEBOOK, p, new CpamTargets(null, null)));
    }

    @Test
    void aNewlyInstalledDoctorWithTheCpamTargetsIsToldTheRuleForTheNewlyInstalled() {
        Objective o = objective(RULEBOOK, gp(500, 700, null, LocalDate.parse("2024-09-01")), new CpamTargets(600, 800));
        assertEquals(ObjectiveBasis.CPAM_TARGETS, o.basis());
        assertEquals(List.of("Objectif communiqué par la CPAM : c'est l'engagement pris à la signature du contrat.",
                "La CPAM fixe l'objectif à la signature du contrat, pour chaque spécialité, selon l'option choisie et le "
                        + "nombre de patients de la patientèle de départ ; depuis juin 2024, les objectifs sont assouplis.",
                "Il porte sur la patientèle médecin traitant et la file active : une augmentation, ou un simple maintien "
                        + "pour les plus fortes patientèles, selon la tranche de patientèle de départ parmi les médecins "
                        + "de la même spécialité.",
                "Il doit être atteint à la 3e année de contrat : l'aide des années précédentes n'en dépend pas, celle "
                        + "des années suivantes en dépend.",
                "Médecin nouvellement installé : l'objectif est d'atteindre en 3 ans la patientèle médiane (P50) des "
                        + "médecins de la spécialité.",
                "Résultats publiés, qui ne sont pas des règles : chez plus de 4 800 médecins aidés, la patientèle médecin "
                        + "traitant a augmenté de 10 % et la file active de 5 % en moyenne."), o.explanation());
    }

    @Test
    void aSeniorDoctorOnADateWhoseToleranceIsUnknownKeepsHisCountWithoutAMinimum() {
        Rulebook unknown = Rulebooks.withValue(RULEBOOK, ParameterNames.SENIOR_TOLERANCE, null);
        ParameterValue tolerance = unknown.parameter(ParameterNames.SENIOR_TOLERANCE).orElseThrow().at(ON)
                .orElseThrow();
        Objective o = objective(unknown, gp(1200, 1500, 66, null), null);
        assertEquals(ObjectiveBasis.MAINTAIN, o.basis());
        assertEquals(new IndicatorObjective(1200, 1200, 0, null, null, null, tolerance), o.patientsMt());
    }
}
