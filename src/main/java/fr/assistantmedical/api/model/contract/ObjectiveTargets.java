package fr.assistantmedical.api.model.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

public class ObjectiveTargets {

    @Min(value = 0, message = "le nombre de patients ne peut pas être négatif")
    @Max(value = 100_000, message = "le nombre de patients dépasse 100000")
    public Integer patientsMt;

    @Min(value = 0, message = "le nombre de patients ne peut pas être négatif")
    @Max(value = 100_000, message = "le nombre de patients dépasse 100000")
    public Integer patientsFileActive;
}
