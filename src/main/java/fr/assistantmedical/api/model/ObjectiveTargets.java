package fr.assistantmedical.api.model;

import fr.assistantmedical.api.model.PatientCount;

public class ObjectiveTargets {

    @PatientCount
    public Integer patientsMt;

    @PatientCount
    public Integer patientsFileActive;
}
