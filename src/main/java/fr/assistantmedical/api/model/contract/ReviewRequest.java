package fr.assistantmedical.api.model.contract;

import fr.assistantmedical.api.model.PatientCount;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The point d'échange annuel of one contract year: the counts observed and the difficulties reported. */
public class ReviewRequest {

    @NotNull(message = "l'année de contrat est obligatoire")
    @Min(value = 1, message = "l'année de contrat commence à 1")
    @Max(value = 99, message = "année de contrat invalide")
    public Integer contractYear;

    @PatientCount
    public Integer patientsMt;

    @PatientCount
    public Integer patientsFileActive;

    @Size(max = 4000, message = "le texte dépasse 4000 caractères")
    public String difficulties;

    /** Why this review corrects the year's current one; without it, a different review is refused. */
    @Size(max = 2000, message = "le motif dépasse 2000 caractères")
    public String correctionReason;
}
