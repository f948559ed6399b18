package fr.assistantmedical.api.model.collective;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The group's counts at the end of a contract year: totals of the adhering doctors. */
public class CollectiveReviewRequest {

    @NotNull(message = "l'année de contrat est obligatoire")
    @Min(value = 1, message = "l'année de contrat commence à 1")
    @Max(value = 99, message = "année de contrat invalide")
    public Integer contractYear;

    @NotNull(message = "la patientèle médecin traitant du groupe est obligatoire")
    @Min(value = 0, message = "nombre de patients du groupe entre 0 et 5000000")
    @Max(value = 5_000_000, message = "nombre de patients du groupe entre 0 et 5000000")
    public Integer patientsMt;

    @NotNull(message = "la file active du groupe est obligatoire")
    @Min(value = 0, message = "nombre de patients du groupe entre 0 et 5000000")
    @Max(value = 5_000_000, message = "nombre de patients du groupe entre 0 et 5000000")
    public Integer patientsFileActive;
}
