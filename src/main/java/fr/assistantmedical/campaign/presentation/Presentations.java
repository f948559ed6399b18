package fr.assistantmedical.campaign.presentation;

import fr.assistantmedical.api.model.EligibilityResponse;
import fr.assistantmedical.api.model.Explanation;
import fr.assistantmedical.api.model.SimulationResponse;
import fr.assistantmedical.campaign.model.Campaign;
import fr.assistantmedical.campaign.model.Target;
import fr.assistantmedical.campaign.presentation.Presentation.Fact;
import fr.assistantmedical.campaign.presentation.Presentation.ReasonLine;
import fr.assistantmedical.campaign.presentation.Presentation.SourceLine;
import fr.assistantmedical.campaign.presentation.Presentation.YearRow;
import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the presentation of a target from the simulation kept at import: the same figures, in French. */
public final class Presentations {

    static final String CPAM_SETS_OBJECTIVE = "Objectif fixé par la CPAM à la signature du contrat";
    static final String PROVISIONAL = " *";

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("specialty", "la spécialité"),
            Map.entry("sector", "le secteur conventionnel"), Map.entry("optam", "l'adhésion à l'OPTAM ou l'OPTAM-CO"),
            Map.entry("patientsMt", "la patientèle médecin traitant"), Map.entry("patientsFileActive", "la file active"),
            Map.entry("ccamShare", "la part des actes techniques (CCAM) dans les honoraires"),
            Map.entry("age", "l'âge"), Map.entry("installedOn", "la date d'installation"),
            Map.entry("priorityZone", "l'exercice en zone d'intervention prioritaire"),
            Map.entry("groupPractice", "l'exercice coordonné ou en groupe"),
            Map.entry("percentileBand", "la tranche de patientèle fournie par la CPAM"));

    private Presentations() {
    }

    public static Presentation of(Campaign campaign, Target target, SimulationResponse simulation,
            String specialtyLabel, LocalDate generatedOn) {
        EligibilityResponse eligibility = simulation.eligibility();
        Set<String> notes = new LinkedHashSet<>();
        Map<String, SourceLine> sources = new LinkedHashMap<>();
        eligibility.warnings().forEach(w -> notes.add(w.message()));
        List<ReasonLine> reasons = new ArrayList<>();
        for (EligibilityResponse.Reason r : eligibility.reasons()) {
            reasons.add(new ReasonLine(switch (r.outcome()) {
                case MET -> "Remplie";
                case NOT_MET -> "Non remplie";
                case UNDECIDED -> "À confirmer";
            }, r.message()));
            source(sources, r.source());
        }
        List<SimulationResponse.OptionSimulation> options = simulation.simulations();
        List<String> labels = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        List<String> objectivesMt = new ArrayList<>();
        List<String> objectivesFa = new ArrayList<>();
        for (SimulationResponse.OptionSimulation o : options) {
            labels.add(optionLabel(o.option()) + (o.provisional() ? PROVISIONAL : ""));
            totals.add(o.totalMaxAid() == null ? "inconnu" + PROVISIONAL : Text.euros(o.totalMaxAid()));
            o.warnings().forEach(w -> notes.add(w.message()));
            o.years().forEach(y -> source(sources, y.source()));
            if (o.objective() != null && o.objective().explanation() != null) {
                // Who sets the objective when no published table does, as the rules explain it.
                notes.addAll(o.objective().explanation());
            }
            if (o.objective() == null
                    || o.objective().patientsMt() == null && o.objective().patientsFileActive() == null) {
                objectivesMt.add(CPAM_SETS_OBJECTIVE);
                objectivesFa.add(CPAM_SETS_OBJECTIVE);
            } else {
                objectivesMt.add(indicator(o.objective().patientsMt(), "patients médecin traitant"));
                objectivesFa.add(indicator(o.objective().patientsFileActive(), "patients en file active"));
                source(sources, o.objective().patientsMt() == null ? null : o.objective().patientsMt().source());
                source(sources, o.objective().patientsFileActive() == null ? null
                        : o.objective().patientsFileActive().source());
            }
        }
        List<YearRow> years = new ArrayList<>();
        int count = options.isEmpty() ? 0 : options.get(0).years().size();
        for (int i = 0; i < count; i++) {
            SimulationResponse.ContractYear first = options.get(0).years().get(i);
            List<String> amounts = new ArrayList<>();
            for (SimulationResponse.OptionSimulation o : options) {
                SimulationResponse.ContractYear y = o.years().get(i);
                amounts.add(y.maxAid() == null ? "inconnu" + PROVISIONAL
                        : Text.euros(y.maxAid()) + (y.certainty() == Certainty.PROVISIONAL ? PROVISIONAL : ""));
            }
            years.add(new YearRow("Année " + first.contractYear() + (first.objectiveChecked() ? " (objectif vérifié)" : ""),
                    "du " + Text.date(first.from()) + " au " + Text.date(first.to()), amounts));
        }
        List<String> information = new ArrayList<>();
        if (simulation.information() != null) {
            for (SimulationResponse.Information i : simulation.information()) {
                information.add(i.message());
                source(sources, i.source());
            }
        }
        return new Presentation("Aide à l'emploi d'un assistant médical : votre situation", campaign.name(),
                campaign.cpamCode(), Text.date(simulation.asOf()), Text.date(generatedOn), target.rulebookVersion(),
                target.rpps(), specialtyLabel, facts(target), verdict(eligibility), verdictText(eligibility), reasons,
                eligibility.missingInputs().stream().map(f -> FIELDS.getOrDefault(f, f)).toList(), labels, years,
                totals, objectivesMt, objectivesFa, noOption(eligibility), List.copyOf(notes), information,
                List.copyOf(sources.values()));
    }

    static String optionLabel(Option option) {
        String label = option.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static String indicator(SimulationResponse.IndicatorObjective i, String unit) {
        if (i == null) {
            return "Pas d'objectif chiffré sur cet indicateur";
        }
        String text = Text.number(i.target()) + " " + unit;
        if (i.increase() > 0) {
            text += " (" + Text.number(i.start()) + " + " + Text.number(i.increase()) + ")";
        }
        if (i.minimum() != null) {
            text += ", au moins " + Text.number(i.minimum());
        }
        return text + (i.certainty() == Certainty.PROVISIONAL ? PROVISIONAL : "");
    }

    private static List<Fact> facts(Target t) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Secteur", "secteur " + t.sector() + (t.sector() == 2 ? Boolean.TRUE.equals(t.optam())
                ? ", adhérent OPTAM ou OPTAM-CO" : Boolean.FALSE.equals(t.optam()) ? ", sans OPTAM" : "" : "")));
        facts.add(new Fact("Patientèle médecin traitant",
                t.patientsMt() == null ? "non renseignée" : Text.number(t.patientsMt()) + " patients"));
        facts.add(new Fact("File active",
                t.patientsFileActive() == null ? "non renseignée" : Text.number(t.patientsFileActive()) + " patients"));
        if (t.percentileBand() != null) {
            facts.add(new Fact("Tranche de patientèle", t.percentileBand().label()));
        }
        if (t.priorityZone() != null) {
            facts.add(new Fact("Zone d'intervention prioritaire", t.priorityZone() ? "oui" : "non"));
        }
        return facts;
    }

    private static String verdict(EligibilityResponse e) {
        return switch (e.status()) {
            case ELIGIBLE -> "Éligible";
            case NOT_ELIGIBLE -> "Non éligible";
            case TO_CONFIRM -> "À confirmer";
        };
    }

    private static String verdictText(EligibilityResponse e) {
        String date = Text.date(e.asOf());
        return switch (e.status()) {
            case ELIGIBLE -> "Au " + date + ", vous pouvez bénéficier de l'aide à l'emploi d'un assistant médical.";
            case NOT_ELIGIBLE -> "Au " + date + ", les conditions de l'aide ne sont pas réunies.";
            case TO_CONFIRM -> "Au " + date + ", votre éligibilité reste à confirmer avec votre CPAM.";
        };
    }

    private static String noOption(EligibilityResponse e) {
        return switch (e.status()) {
            case ELIGIBLE -> "Aucune option n'est ouverte à cette date.";
            case NOT_ELIGIBLE -> "Sans éligibilité, aucune aide n'est simulée.";
            case TO_CONFIRM -> "Les montants seront simulés une fois l'éligibilité confirmée.";
        };
    }

    private static void source(Map<String, SourceLine> sources, Explanation.SourceRef source) {
        if (source != null) {
            sources.putIfAbsent(source.id(), new SourceLine(source.title(), source.url()));
        }
    }
}
