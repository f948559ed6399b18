package fr.assistantmedical.contract.core;

/** What staff can ask of a contract. Expiry and lapse are not actions: they follow from the calendar. */
public enum ContractAction {
    ACTIVATE("activer"),
    SUSPEND("suspendre"),
    RESUME("reprendre"),
    TERMINATE("résilier"),
    RENEW("renouveler");

    private final String label;

    ContractAction(String label) {
        this.label = label;
    }

    /** French, for messages. */
    public String label() {
        return label;
    }
}
