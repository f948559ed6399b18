package fr.assistantmedical.contract.core;

/** A request field that the contract's state makes invalid (a future contract year, a date before signature). */
public class ContractValidationException extends RuntimeException {

    private final String field;

    public ContractValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
