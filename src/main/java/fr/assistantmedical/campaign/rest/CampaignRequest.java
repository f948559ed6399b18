package fr.assistantmedical.campaign.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public class CampaignRequest {

    @NotBlank(message = "le nom de la campagne est obligatoire")
    @Size(max = 200, message = "200 caractères au plus")
    public String name;

    /** The reference date of the simulations: the signature date a doctor would have. */
    @NotNull(message = "la date de référence est obligatoire")
    public LocalDate asOf;
}
