package fr.assistantmedical.api.model.contract;

import fr.assistantmedical.api.model.ObjectiveTargets;
import fr.assistantmedical.api.model.PatientCount;
import fr.assistantmedical.contract.core.Commands.Initiator;
import fr.assistantmedical.contract.core.ContractAction;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public class TransitionRequest {

    @NotNull(message = "l'action est obligatoire")
    public ContractAction action;

    public LocalDate effectiveDate;

    @Size(max = 2000, message = "le motif dépasse 2000 caractères")
    public String reason;

    /** For TERMINATE: who ends the contract. */
    public Initiator initiator;

    /** For RENEW: the figures of the new contract, when they change. */
    @Valid
    public Renewal renewal;

    public static class Renewal {
        public Option option;

        @PatientCount
        public Integer patientsMt;

        @PatientCount
        public Integer patientsFileActive;

        public PercentileBand percentileBand;

        @Valid
        public ObjectiveTargets objectiveTargets;
    }
}
