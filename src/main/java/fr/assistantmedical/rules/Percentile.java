package fr.assistantmedical.rules;

/** Thresholds of the national distribution of a specialty's patient counts. */
public enum Percentile {
    P30,
    P50,
    P70,
    P90,
    P95
}
