package fr.assistantmedical.rules;

/** How a review turns the achievement of the objective into the share of the maximum aid due. */
public enum Modulation {
    /** The aid is the maximum times the achievement (capped at 100 %). */
    PRORATA,
    /** The whole maximum when the objective is reached, nothing otherwise. */
    ALL_OR_NOTHING
}
