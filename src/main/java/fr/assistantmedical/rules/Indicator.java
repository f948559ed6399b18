package fr.assistantmedical.rules;

/** The two patient counts the aid is measured on. */
public enum Indicator {
    /** Patientèle médecin traitant. */
    MT("patientsMt", "patientèle médecin traitant"),
    /** File active: patients seen at least once in the year. */
    FA("patientsFileActive", "file active");

    private final String input;
    private final String label;

    Indicator(String input, String label) {
        this.input = input;
        this.label = label;
    }

    /** The request field that carries this count. */
    public String input() {
        return input;
    }

    public String label() {
        return label;
    }
}
