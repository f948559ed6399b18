package fr.assistantmedical.rules;

/** Where a doctor's patient count sits in the national distribution of the specialty. */
public enum PercentileBand {
    P30_P50(Percentile.P30, Percentile.P50, "entre le 30e et le 50e percentile"),
    P50_P70(Percentile.P50, Percentile.P70, "entre le 50e et le 70e percentile"),
    P70_P90(Percentile.P70, Percentile.P90, "entre le 70e et le 90e percentile"),
    P90_P95(Percentile.P90, Percentile.P95, "entre le 90e et le 95e percentile"),
    P95_PLUS(Percentile.P95, null, "au-delà du 95e percentile");

    private final Percentile lower;
    private final Percentile upper;
    private final String label;

    PercentileBand(Percentile lower, Percentile upper, String label) {
        this.lower = lower;
        this.upper = upper;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Percentile lower() {
        return lower;
    }

    /** Null for the open top band. */
    public Percentile upper() {
        return upper;
    }
}
