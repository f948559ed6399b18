package fr.assistantmedical.rules;

public enum EligibilityStatus {
    ELIGIBLE,
    NOT_ELIGIBLE,
    /** A condition cannot be decided from the inputs or the rulebook. */
    TO_CONFIRM
}
