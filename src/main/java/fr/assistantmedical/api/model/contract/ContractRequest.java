package fr.assistantmedical.api.model.contract;

import fr.assistantmedical.api.model.ObjectiveTargets;
import fr.assistantmedical.api.model.ProfileRequest;
import fr.assistantmedical.rules.Option;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A contract to sign: the doctor's profile on the signature date ({@code asOf}), the option and the CPAM. */
public class ContractRequest extends ProfileRequest {

    @NotNull(message = "le numéro RPPS est obligatoire")
    public String rpps;

    @NotNull(message = "le code de la caisse est obligatoire")
    @Pattern(regexp = "[0-9]{3}", message = "le code de la caisse compte 3 chiffres")
    public String cpamCode;

    @NotNull(message = "l'option est obligatoire")
    public Option option;

    /** The targets set by the CPAM, when it set them; otherwise the rules compute the objective. */
    @Valid
    public ObjectiveTargets objectiveTargets;
}
