package fr.assistantmedical.rules;

/** Thresholds of the national distribution of a specialty's patient counts. */
public enum Percentile {
    P30(30),
    P50(50),
    P70(70),
    P90(90),
    P95(95);

    private final int rank;

    Percentile(int rank) {
        this.rank = rank;
    }

    /** The percentile itself: thresholds are ordered by it, not by the order of this list. */
    public int rank() {
        return rank;
    }
}
