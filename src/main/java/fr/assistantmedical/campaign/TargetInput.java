package fr.assistantmedical.campaign;

import fr.assistantmedical.api.model.ProfileRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One doctor of an import file: the profile fields of a simulation (but the date, which is the
 * campaign's), the RPPS number, the CPAM when the file names it, and the e-mail of the follow-up.
 */
public class TargetInput extends ProfileRequest {

    @NotNull(message = "le numéro RPPS est obligatoire")
    @Pattern(regexp = "[0-9]{11}", message = "le numéro RPPS a 11 chiffres")
    public String rpps;

    @Pattern(regexp = "[0-9A-Z]{3}", message = "le code CPAM a 3 caractères")
    public String cpam;

    @Size(max = 254, message = "l'adresse e-mail a au plus 254 caractères")
    @Pattern(regexp = "[^@\\s\"<>,;]{1,64}@[^@\\s\"<>,;]+\\.[^@\\s\"<>,;]+",
            message = "adresse e-mail invalide")
    public String email;
}
