package fr.assistantmedical.campaign.rest;

import fr.assistantmedical.campaign.model.VisitOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public class VisitRequest {

    @NotNull(message = "la date de la visite est obligatoire")
    public LocalDate visitedOn;

    @NotNull(message = "l'issue de la visite est obligatoire")
    public VisitOutcome outcome;

    @Size(max = 2000, message = "2 000 caractères au plus")
    public String note;
}
