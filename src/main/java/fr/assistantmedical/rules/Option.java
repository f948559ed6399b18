package fr.assistantmedical.rules;

/** The share of a full-time assistant that the aid finances. */
public enum Option {
    THIRD_TIME("tiers temps", false),
    HALF_TIME("mi-temps", false),
    FULL_TIME("temps plein", false),
    /** A second assistant at half time, on top of a full-time one: 1,5 ETP in all. */
    SECOND_HALF_TIME("second assistant à mi-temps (1,5 ETP en tout)", true),
    /** A second assistant at full time: 2 ETP in all. */
    SECOND_FULL_TIME("second assistant à temps plein (2 ETP en tout)", true);

    private final String label;
    private final boolean secondAssistant;

    Option(String label, boolean secondAssistant) {
        this.label = label;
        this.secondAssistant = secondAssistant;
    }

    public String label() {
        return label;
    }

    /** Options added to a running contract rather than signed as a first contract. */
    public boolean secondAssistant() {
        return secondAssistant;
    }
}
