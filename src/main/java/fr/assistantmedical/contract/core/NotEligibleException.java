package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.Eligibility;

/** A contract cannot be signed for a doctor who is not eligible, or for an option not open. */
public class NotEligibleException extends RuntimeException {

    private final transient Eligibility eligibility;

    public NotEligibleException(String message, Eligibility eligibility) {
        super(message);
        this.eligibility = eligibility;
    }

    public Eligibility eligibility() {
        return eligibility;
    }
}
