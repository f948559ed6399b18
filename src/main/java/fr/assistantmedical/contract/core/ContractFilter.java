package fr.assistantmedical.contract.core;

/** What a contract list is narrowed to; a null field does not narrow it. */
public record ContractFilter(String rpps, String cpamCode, ContractStatus status, String specialty, String sharedWith) {
}
