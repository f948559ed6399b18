package fr.assistantmedical.api.model.collective;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Signing a collective contract: the group as the simulation reads it, the CPAM and the signing company. */
public class CollectiveContractRequest extends CollectiveRequest {

    @NotNull(message = "le code de la caisse est obligatoire")
    @Pattern(regexp = "[0-9]{3}", message = "le code de la caisse compte 3 chiffres")
    public String cpamCode;

    /** The company's number: SIREN (9 digits), SIRET (14 digits) or, for a SISA, its FINESS number (9 characters). */
    @NotNull(message = "le numéro de la société est obligatoire (SIREN, SIRET ou FINESS)")
    @Pattern(regexp = "[0-9]{9}|[0-9]{14}|[0-9][0-9AB][0-9]{7}",
            message = "numéro de société : SIREN (9 chiffres), SIRET (14 chiffres) ou FINESS (9 caractères)")
    public String companyId;
}
