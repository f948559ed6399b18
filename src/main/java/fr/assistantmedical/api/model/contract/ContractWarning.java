package fr.assistantmedical.api.model.contract;

/** Schema ContractWarning. */
public record ContractWarning(String code, String message, String parameter, Integer contractYear) {
}
