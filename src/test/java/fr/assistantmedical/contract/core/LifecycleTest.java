package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.ContractAction.ACTIVATE;
import static fr.assistantmedical.contract.core.ContractAction.RENEW;
import static fr.assistantmedical.contract.core.ContractAction.RESUME;
import static fr.assistantmedical.contract.core.ContractAction.SUSPEND;
import static fr.assistantmedical.contract.core.ContractAction.TERMINATE;
import static fr.assistantmedical.contract.core.ContractStatus.ACTIVE;
import static fr.assistantmedical.contract.core.ContractStatus.EXPIRED;
import static fr.assistantmedical.contract.core.ContractStatus.LAPSED;
import static fr.assistantmedical.contract.core.ContractStatus.RENEWED;
import static fr.assistantmedical.contract.core.ContractStatus.SIGNED;
import static fr.assistantmedical.contract.core.ContractStatus.SUSPENDED;
import static fr.assistantmedical.contract.core.ContractStatus.TERMINATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The state machine, status by status and action by action. */
class LifecycleTest {

    private static final Map<ContractStatus, Map<ContractAction, ContractStatus>> EXPECTED =
            new EnumMap<>(ContractStatus.class);

    static {
        for (ContractStatus s : ContractStatus.values()) {
            EXPECTED.put(s, new EnumMap<>(ContractAction.class));
        }
        EXPECTED.get(SIGNED).putAll(Map.of(ACTIVATE, ACTIVE, TERMINATE, TERMINATED));
        EXPECTED.get(ACTIVE).putAll(Map.of(SUSPEND, SUSPENDED, TERMINATE, TERMINATED));
        EXPECTED.get(SUSPENDED).putAll(Map.of(RESUME, ACTIVE, TERMINATE, TERMINATED));
        EXPECTED.get(EXPIRED).put(RENEW, RENEWED);
    }

    @ParameterizedTest
    @EnumSource(ContractStatus.class)
    void everyActionOfEveryStatusIsAllowedOrRefusedAsTheTableSays(ContractStatus status) {
        assertEquals(EXPECTED.get(status).keySet(), Lifecycle.allowed(status));
        for (ContractAction action : ContractAction.values()) {
            ContractStatus expected = EXPECTED.get(status).get(action);
            if (expected != null) {
                assertEquals(expected, Lifecycle.next(status, action), status + " " + action);
            } else {
                InvalidTransitionException e = assertThrows(InvalidTransitionException.class,
                        () -> Lifecycle.next(status, action), status + " " + action);
                assertEquals(status, e.status());
                assertEquals(EXPECTED.get(status).keySet(), e.allowed());
            }
        }
    }

    @Test
    void endStatusesAllowNothingButTheRenewalOfAnExpiredContract() {
        for (ContractStatus status : Set.of(TERMINATED, LAPSED, RENEWED)) {
            assertTrue(Lifecycle.allowed(status).isEmpty(), status.name());
        }
        assertEquals(Set.of(RENEW), Lifecycle.allowed(EXPIRED));
    }

    @Test
    void aRunningContractEndsAtItsTermExpiredOrLapsedWithoutHire() {
        assertEquals(LAPSED, Lifecycle.atTerm(SIGNED));
        assertEquals(EXPIRED, Lifecycle.atTerm(ACTIVE));
        assertEquals(EXPIRED, Lifecycle.atTerm(SUSPENDED));
        for (ContractStatus s : ContractStatus.values()) {
            assertEquals(s == SIGNED || s == ACTIVE || s == SUSPENDED, Lifecycle.running(s), s.name());
        }
        assertFalse(Lifecycle.running(LAPSED));
    }
}
