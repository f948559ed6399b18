package fr.assistantmedical.rules;

import java.util.List;

/**
 * The patient-count commitment of an option; an indicator is null when not required or not known.
 *
 * @param explanation French sentences for the doctor when the objective is not fully computed from a
 *        published table: who sets it, what it is made of, its deadline and what is known around it
 */
public record Objective(ObjectiveBasis basis, IndicatorObjective patientsMt, IndicatorObjective patientsFileActive,
        List<String> explanation) {

    public Objective {
        explanation = List.copyOf(explanation);
    }
}
