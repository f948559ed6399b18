package fr.assistantmedical.rules;

/** How the achievements of the two indicators (MT and file active) are combined into one. */
public enum Combination {
    /** The lower of the two. */
    MINIMUM,
    /** Their average. */
    AVERAGE
}
