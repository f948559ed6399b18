package fr.assistantmedical.contract.core;

/**
 * Something a reader of the contract must know: a value the law does not give yet, a provisional
 * rule applied, an objective still to set, an overpayment.
 *
 * @param code for software: PROVISIONAL_VALUE, OBJECTIVE_TO_SET, PRORATED, SUSPENDED, OVERPAID,
 *        PATIENTELE_DROP (a collective group's total below its start: a reason the CPAM may end it)
 * @param message French, for people
 * @param parameter the rulebook parameter concerned, or null
 * @param contractYear the contract year concerned, or null
 */
public record ContractWarning(String code, String message, String parameter, Integer contractYear) {

    public static final String PROVISIONAL_VALUE = "PROVISIONAL_VALUE";
    public static final String OBJECTIVE_TO_SET = "OBJECTIVE_TO_SET";
    public static final String PRORATED = "PRORATED";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String OVERPAID = "OVERPAID";
    public static final String PATIENTELE_DROP = "PATIENTELE_DROP";
}
