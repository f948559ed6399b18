package fr.assistantmedical.rules;

/** Where a doctor's patient count sits in the national distribution of the specialty. */
public enum PercentileBand {
    P30_P50(Percentile.P30, Percentile.P50),
    P50_P70(Percentile.P50, Percentile.P70),
    P70_P90(Percentile.P70, Percentile.P90),
    P90_P95(Percentile.P90, Percentile.P95),
    P95_PLUS(Percentile.P95, null);

    private final Percentile lower;
    private final Percentile upper;

    PercentileBand(Percentile lower, Percentile upper) {
        this.lower = lower;
        this.upper = upper;
    }

    public Percentile lower() {
        return lower;
    }

    /** Null for the open top band. */
    public Percentile upper() {
        return upper;
    }
}
