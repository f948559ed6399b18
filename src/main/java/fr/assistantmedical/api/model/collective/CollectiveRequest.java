package fr.assistantmedical.api.model.collective;

import fr.assistantmedical.rules.StructureType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A group practice asking for a collective contract, as the collective endpoints receive it. */
public class CollectiveRequest {

    /** The most adhering doctors one request may list: far above any group practice. */
    public static final int MAX_MEMBERS = 50;

    /** Signature date; today when absent. */
    public LocalDate asOf;

    @NotNull(message = "la forme de la société est obligatoire (SCP, SCM, SISA, SEL ou OTHER)")
    public StructureType structureType;

    /** ETP of assistant asked for; the simulation needs it, the eligibility answers the ceiling without it. */
    @DecimalMin(value = "0.5", message = "le nombre d'ETP est compris entre 0,5 et 100, par pas de 0,5")
    @DecimalMax(value = "100", message = "le nombre d'ETP est compris entre 0,5 et 100, par pas de 0,5")
    @Digits(integer = 3, fraction = 1, message = "le nombre d'ETP est compris entre 0,5 et 100, par pas de 0,5")
    public BigDecimal etp;

    @NotEmpty(message = "la liste des médecins adhérents est obligatoire (1 à " + MAX_MEMBERS + ")")
    @Size(max = MAX_MEMBERS, message = "au plus " + MAX_MEMBERS + " médecins adhérents")
    public List<@NotNull(message = "un médecin adhérent ne peut être vide") @Valid CollectiveMemberRequest> members;
}
