package fr.assistantmedical.rules;

/** What a condition gave for a profile. */
public enum Outcome {
    MET,
    NOT_MET,
    /** The inputs or the rulebook cannot decide it. */
    UNDECIDED
}
