package fr.assistantmedical.contract.core;

/** Where a contract is in its life; {@link Lifecycle} says what may follow. */
public enum ContractStatus {
    /** Signed, waiting for the assistant to be hired. */
    SIGNED("signé, en attente de l'embauche"),
    ACTIVE("actif"),
    /** The assistant is absent for a long time: aid and objectives are on hold. */
    SUSPENDED("suspendu"),
    TERMINATED("résilié"),
    /** Reached the end of its last contract year. */
    EXPIRED("échu"),
    /** Reached the end of its last contract year without ever being activated: no aid was due. */
    LAPSED("caduc, faute d'embauche"),
    /** Followed by a new contract. */
    RENEWED("renouvelé");

    private final String label;

    ContractStatus(String label) {
        this.label = label;
    }

    /** French, for messages. */
    public String label() {
        return label;
    }
}
