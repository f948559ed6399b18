package fr.assistantmedical.contract.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The one state machine of a contract. Staff actions move it along the table below; the calendar
 * ends a running contract at its term: EXPIRED once activated, LAPSED if the assistant was never
 * hired.
 */
public final class Lifecycle {

    private static final Map<ContractStatus, Map<ContractAction, ContractStatus>> TRANSITIONS =
            new EnumMap<>(ContractStatus.class);

    static {
        for (ContractStatus status : ContractStatus.values()) {
            TRANSITIONS.put(status, new EnumMap<>(ContractAction.class));
        }
        TRANSITIONS.get(ContractStatus.SIGNED).put(ContractAction.ACTIVATE, ContractStatus.ACTIVE);
        TRANSITIONS.get(ContractStatus.SIGNED).put(ContractAction.TERMINATE, ContractStatus.TERMINATED);
        TRANSITIONS.get(ContractStatus.ACTIVE).put(ContractAction.SUSPEND, ContractStatus.SUSPENDED);
        TRANSITIONS.get(ContractStatus.ACTIVE).put(ContractAction.TERMINATE, ContractStatus.TERMINATED);
        TRANSITIONS.get(ContractStatus.SUSPENDED).put(ContractAction.RESUME, ContractStatus.ACTIVE);
        TRANSITIONS.get(ContractStatus.SUSPENDED).put(ContractAction.TERMINATE, ContractStatus.TERMINATED);
        TRANSITIONS.get(ContractStatus.EXPIRED).put(ContractAction.RENEW, ContractStatus.RENEWED);
    }

    private Lifecycle() {
    }

    public static Set<ContractAction> allowed(ContractStatus status) {
        return TRANSITIONS.get(status).keySet();
    }

    /** @throws InvalidTransitionException when the action is not allowed in that status */
    public static ContractStatus next(ContractStatus status, ContractAction action) {
        ContractStatus next = TRANSITIONS.get(status).get(action);
        if (next == null) {
            throw new InvalidTransitionException(status, action, allowed(status));
        }
        return next;
    }

    /** Signed, active or suspended: the contract has not ended and binds the doctor. */
    public static boolean running(ContractStatus status) {
        return status == ContractStatus.SIGNED || status == ContractStatus.ACTIVE
                || status == ContractStatus.SUSPENDED;
    }

    /** The status a running contract takes when its last year is over. */
    public static ContractStatus atTerm(ContractStatus status) {
        return status == ContractStatus.SIGNED ? ContractStatus.LAPSED : ContractStatus.EXPIRED;
    }
}
