package fr.assistantmedical.contract.core;

/** A request that contradicts what the contract already holds (a different review for a year, a payment above the aid due). */
public class ContractConflictException extends RuntimeException {

    private final String type;

    public ContractConflictException(String type, String message) {
        super(message);
        this.type = type;
    }

    /** A short problem type, e.g. "review-exists". */
    public String type() {
        return type;
    }
}
