package fr.assistantmedical.api.model.contract;

import fr.assistantmedical.api.model.PatientCount;
import jakarta.validation.constraints.Size;

/** The objective the CPAM sets or corrects: target patient counts (schema ObjectiveRequest). */
public class ObjectiveRequest {

    @PatientCount
    public Integer patientsMt;

    @PatientCount
    public Integer patientsFileActive;

    @Size(max = 2000, message = "le motif dépasse 2000 caractères")
    public String reason;
}
