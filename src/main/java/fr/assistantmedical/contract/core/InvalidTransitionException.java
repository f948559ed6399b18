package fr.assistantmedical.contract.core;

import java.util.Set;

/** An action that the contract's current status does not allow. */
public class InvalidTransitionException extends RuntimeException {

    private final ContractStatus status;
    private final transient Set<ContractAction> allowed;

    public InvalidTransitionException(ContractStatus status, ContractAction action, Set<ContractAction> allowed) {
        super(action == null ? "Not allowed in status " + status : action + " is not allowed in status " + status);
        this.status = status;
        this.allowed = Set.copyOf(allowed);
    }

    public ContractStatus status() {
        return status;
    }

    public Set<ContractAction> allowed() {
        return allowed;
    }
}
