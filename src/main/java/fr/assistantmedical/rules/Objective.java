package fr.assistantmedical.rules;

/** The patient-count commitment of an option; an indicator is null when not required or not known. */
public record Objective(ObjectiveBasis basis, IndicatorObjective patientsMt, IndicatorObjective patientsFileActive) {
}
