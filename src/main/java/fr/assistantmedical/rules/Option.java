package fr.assistantmedical.rules;

/** The share of a full-time assistant that the aid finances. */
public enum Option {
    THIRD_TIME,
    HALF_TIME,
    FULL_TIME
}
