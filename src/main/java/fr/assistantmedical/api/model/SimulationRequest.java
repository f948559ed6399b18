package fr.assistantmedical.api.model;

import fr.assistantmedical.api.model.ObjectiveTargets;
import fr.assistantmedical.rules.Option;
import jakarta.validation.Valid;

/** A profile and, optionally, the one option to simulate and the objective the CPAM communicated. */
public class SimulationRequest extends ProfileRequest {

    /** Absent: every option open on the date, side by side. */
    public Option option;

    /** The objective the CPAM communicated, shown as the commitment instead of the rules' one. */
    @Valid
    public ObjectiveTargets objectiveTargets;
}
