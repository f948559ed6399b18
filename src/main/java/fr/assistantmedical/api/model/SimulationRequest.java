package fr.assistantmedical.api.model;

import fr.assistantmedical.rules.Option;

/** A profile and, optionally, the one option to simulate. */
public class SimulationRequest extends ProfileRequest {

    /** Absent: every option open on the date, side by side. */
    public Option option;
}
