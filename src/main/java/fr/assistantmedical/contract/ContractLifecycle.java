package fr.assistantmedical.contract;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The one state machine of a contract. */
public final class ContractLifecycle {

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

    private ContractLifecycle() {
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

    /** A contract that has not ended expires once its last contract year is over. */
    public static boolean expires(ContractStatus status) {
        return status == ContractStatus.SIGNED || status == ContractStatus.ACTIVE || status == ContractStatus.SUSPENDED;
    }

    /** Reviews look back on a year of an activated contract. */
    public static boolean reviewable(ContractStatus status) {
        return status != ContractStatus.SIGNED;
    }
}
