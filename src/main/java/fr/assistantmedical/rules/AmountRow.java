package fr.assistantmedical.rules;

/** A row of the amounts table. */
public enum AmountRow {
    YEAR_1("year1"),
    YEAR_2("year2"),
    YEAR_3_PLUS("year3Plus"),
    /** From year 3, for a patientèle between P90 and P95. */
    YEAR_3_PLUS_P90_P95("year3PlusP90P95"),
    /** Every year, for a patientèle at or above P95. */
    P95_PLUS("p95Plus");

    private final String key;

    AmountRow(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
