package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.CollectiveEligibility;

/** The group may not sign a collective contract on the date asked. */
public class CollectiveNotEligibleException extends RuntimeException {

    private final transient CollectiveEligibility eligibility;

    public CollectiveNotEligibleException(String message, CollectiveEligibility eligibility) {
        super(message);
        this.eligibility = eligibility;
    }

    public CollectiveEligibility eligibility() {
        return eligibility;
    }
}
