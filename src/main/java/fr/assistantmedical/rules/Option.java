package fr.assistantmedical.rules;

/** The share of a full-time assistant that the aid finances. */
public enum Option {
    THIRD_TIME("tiers temps"),
    HALF_TIME("mi-temps"),
    FULL_TIME("temps plein");

    private final String label;

    Option(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
