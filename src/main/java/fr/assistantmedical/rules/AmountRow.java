package fr.assistantmedical.rules;

/** A row of the amounts table. */
public enum AmountRow {
    YEAR_1("year1", "1re année"),
    YEAR_2("year2", "2e année"),
    YEAR_3_PLUS("year3Plus", "3e année et suivantes"),
    /** From year 3, for a patientèle between P90 and P95. */
    YEAR_3_PLUS_P90_P95("year3PlusP90P95", "3e année et suivantes, patientèle entre P90 et P95"),
    /** Every year, for a patientèle at or above P95. */
    P95_PLUS("p95Plus", "patientèle au-delà de P95, chaque année");

    private final String key;
    private final String label;

    AmountRow(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return key;
    }
}
