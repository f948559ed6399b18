package fr.assistantmedical.rules;

/** How far a rulebook value can be trusted. */
public enum Certainty {
    /** Read in an official text (ameli, Légifrance, JORF). */
    OFFICIAL,
    /** Read in a reliable but non-official source (press, unions, regional agencies). */
    SECONDARY,
    /** Deduced or conflicting: every answer that uses it says so. */
    PROVISIONAL
}
