package fr.assistantmedical.rules;

/** The kind of value a parameter holds; the loader checks every value against it. */
public enum ParameterType {
    INTEGER,
    PATIENTS,
    /** A fraction between 0 and 1. */
    SHARE,
    /** Euros, never negative. */
    EUROS,
    BOOLEAN,
    SECTORS,
    SPECIALTIES,
    OPTIONS,
    INDICATOR,
    INDICATORS,
    PERCENTILE,
    ROUNDING,
    MODULATION,
    COMBINATION,
    /** The event that starts contract year 1: SIGNATURE or HIRE. */
    CONTRACT_START,
    /** Full-time equivalents of assistant, a multiple of 0.5, never negative. */
    ETP,
    /** Company forms that may sign a collective contract (SCP, SCM, SISA, SEL, OTHER). */
    STRUCTURES,
    /** A French sentence shown as it is to the people reading an answer. */
    TEXT
}
