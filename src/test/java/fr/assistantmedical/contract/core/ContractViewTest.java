package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reader sees on a date: where the contract stands, its totals and warnings. */
class ContractViewTest {

    private static final Contract ACTIVE = Fixtures.activated(Fixtures.gp2024("2025-03-01"), "2025-03-01");

    @Test
    void theCalendarOfARunningContract() {
        ContractView before = ContractView.of(ACTIVE, LocalDate.parse("2025-02-27"));
        assertEquals(0, before.currentYear());
        assertEquals(LocalDate.parse("2025-03-01"), before.nextAnniversary());
        ContractView year2 = ContractView.of(ACTIVE, LocalDate.parse("2026-09-01"));
        assertEquals(2, year2.currentYear());
        assertEquals(LocalDate.parse("2027-03-01"), year2.nextAnniversary());
        assertEquals(List.of(ContractAction.SUSPEND, ContractAction.TERMINATE), year2.allowedActions());
        assertNull(ContractView.of(ACTIVE, LocalDate.parse("2029-06-01")).nextAnniversary());
        assertEquals(new BigDecimal("66000.00"), year2.totals().maxAid());
        assertEquals(new BigDecimal("66000.00"), year2.totals().aidCeiling());
    }

    @Test
    void theStatusTotalsAndScheduleStopAtTheEndDate() {
        Contract ended = Transitions.apply(ACTIVE, new Commands.Transition(ContractAction.TERMINATE,
                LocalDate.parse("2027-02-02"), "départ", Commands.Initiator.DOCTOR, null), at("2026-09-01")).after();
        ContractView view = ContractView.of(ended, LocalDate.parse("2026-09-01"));
        assertEquals(2, view.currentYear());
        assertNull(view.nextAnniversary(), "no anniversary after the end");
        assertEquals(2, view.years().size());
        assertEquals(new BigDecimal("33000.00"), view.totals().maxAid());
        // 19 000 € for year 1, 14 000 € × 339 / 365 for year 2.
        assertEquals(new BigDecimal("32002.74"), view.totals().aidCeiling());
        assertTrue(view.provisional());
        assertTrue(view.warnings().stream().anyMatch(w -> w.code().equals(ContractWarning.PRORATED)
                && w.contractYear() == 2 && w.message().equals("Année 2 : 339 jours d'aide sur 365, aide "
                        + "proratisée par jours (règle provisoire, faute de source).")));
        ContractView later = ContractView.of(ended, LocalDate.parse("2028-01-01"));
        assertEquals(2, later.currentYear());
        assertNull(later.nextAnniversary());
    }

    @Test
    void suspensionsAreSaid() {
        Contract suspended = Fixtures.transition(ACTIVE, ContractAction.SUSPEND, "2025-06-01", at("2025-06-02"));
        ContractView view = ContractView.of(suspended, LocalDate.parse("2025-06-02"));
        assertTrue(view.warnings().stream().anyMatch(w -> w.code().equals(ContractWarning.SUSPENDED)
                && w.message().startsWith("Suspendu depuis le 1er juin 2025 : ni aide ni objectif")));
    }

    /** A contract whose rulebook values were all firm when signed (the bundled rulebook has provisional ones). */
    private static Contract firm(Contract c) {
        return c.toBuilder().signingWarnings(List.of()).provisional(false).build();
    }

    @Test
    void aFirmContractIsProvisionalOnlyWhileSuspendedOrProrated() {
        // Hired at signing: the first day of aid is the first day of the contract, no year is prorated.
        Contract firm = firm(Fixtures.activated(Fixtures.gp2024("2025-03-01"), "2025-03-01"));
        assertFalse(ContractView.of(firm, LocalDate.parse("2026-09-01")).provisional());
        // The objective to set is a warning, not a provisional rule.
        Contract toSet = firm(Fixtures.activated(Fixtures.withoutObjective("2021-06-01"), "2021-06-01"));
        ContractView withObjectiveToSet = ContractView.of(toSet, LocalDate.parse("2021-07-01"));
        assertEquals(List.of(ContractWarning.OBJECTIVE_TO_SET),
                withObjectiveToSet.warnings().stream().map(ContractWarning::code).toList());
        assertFalse(withObjectiveToSet.provisional());
        Contract suspended = Fixtures.transition(firm, ContractAction.SUSPEND, "2025-06-01", at("2025-06-02"));
        ContractView whileSuspended = ContractView.of(suspended, LocalDate.parse("2025-06-02"));
        assertEquals(ContractWarning.SUSPENDED, whileSuspended.warnings().get(0).code());
        assertTrue(whileSuspended.provisional());
        Contract ended = Transitions.apply(firm, new Commands.Transition(ContractAction.TERMINATE,
                LocalDate.parse("2027-02-02"), "départ", Commands.Initiator.DOCTOR, null), at("2026-09-01")).after();
        ContractView prorated = ContractView.of(ended, LocalDate.parse("2026-09-01"));
        assertEquals(List.of(ContractWarning.PRORATED), prorated.warnings().stream().map(ContractWarning::code).toList());
        assertTrue(prorated.provisional());
    }

    @Test
    void aYearAndTheLatestReviewAreFoundByNumber() {
        ContractView view = ContractView.of(ACTIVE, LocalDate.parse("2026-09-01"));
        assertEquals(2, view.year(2).year().number());
        assertEquals(LocalDate.parse("2026-03-01"), view.year(2).year().from());
        assertNull(view.year(6));
        assertNull(view.latestReview(), "no review yet");
        Contract reviewed = Fixtures.review(ACTIVE, 1, 1300, 1900, null, at("2026-03-10")).change().after();
        reviewed = Fixtures.review(reviewed, 2, 1300, 1900, null, at("2027-03-10")).change().after();
        ContractView later = ContractView.of(reviewed, LocalDate.parse("2027-03-10"));
        assertEquals(2, later.latestReview().contractYear());
        assertEquals(1, later.year(1).review().contractYear());
    }
}
