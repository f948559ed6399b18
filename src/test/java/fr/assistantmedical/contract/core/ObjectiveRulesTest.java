package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.rules.AidDue.Target;
import fr.assistantmedical.rules.PercentileBand;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.Profile;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Setting the objective when the rules could not, correcting it until it is checked. */
class ObjectiveRulesTest {

    private static Change set(Contract c, Integer mt, Integer fa, String today) {
        return ObjectiveRules.set(c, new Commands.SetObjective(mt, fa, null), at(today));
    }

    @Test
    void anObjectiveToSetIsSaidAndTheCpamSetsIt() {
        Contract signed = Fixtures.sign(Fixtures.withoutObjective("2021-06-01"), at("2021-06-01"));
        assertTrue(signed.objective().toSet());
        ContractView view = ContractView.of(signed, LocalDate.parse("2021-06-01"));
        assertTrue(view.warnings().stream().anyMatch(w -> w.code().equals(ContractWarning.OBJECTIVE_TO_SET)
                && w.message().startsWith("Objectif à fixer")));
        Change change = set(signed, 1425, 1980, "2021-07-01");
        Contract after = change.after();
        assertEquals(new Target(1200, 1425, null), after.objective().patientsMt());
        assertEquals(new Target(1800, 1980, null), after.objective().patientsFileActive());
        assertEquals(ContractObjective.CPAM, after.objective().setBy());
        assertEquals("OBJECTIVE_SET", change.event().type());
        assertEquals("Objectif fixé par la caisse", change.event().reason());
        assertTrue(ContractView.of(after, LocalDate.parse("2021-07-01")).warnings().stream()
                .noneMatch(w -> w.code().equals(ContractWarning.OBJECTIVE_TO_SET)));
        assertFalse(set(after, 1425, 1980, "2021-07-02").changed(), "the same objective again changes nothing");
    }

    @Test
    void anObjectiveIsCorrectedUntilItIsChecked() {
        Contract active = Fixtures.activated(Fixtures.gp2024("2025-03-01"), "2025-03-01");
        Change corrected = set(active, 1280, null, "2027-02-28");
        assertEquals("Objectif corrigé par la caisse", corrected.event().reason());
        assertEquals(null, corrected.after().objective().patientsFileActive());
        ContractConflictException locked = assertThrows(ContractConflictException.class,
                () -> set(active, 1280, null, "2027-03-01"));
        assertEquals("objective-locked", locked.type());
        assertEquals("L'objectif ne peut plus être corrigé : il est vérifié depuis le 1er mars 2027.",
                locked.getMessage());
        // Once set, an objective still to set is set whenever the CPAM can.
        Contract unknown = Fixtures.activated(Fixtures.withoutObjective("2021-06-01"), "2021-06-15");
        assertTrue(set(unknown, 1425, null, "2025-01-10").changed());
    }

    @Test
    void aTargetNeedsItsStartingCount() {
        Contract noFa = Fixtures.sign(new Commands.Sign("10000000009", "751", new Profile(LocalDate.parse("2021-06-01"),
                "MEDECINE_GENERALE", 1, null, 1200, null, null, null, null, null, true, PercentileBand.P50_P70),
                Option.HALF_TIME, null, null), at("2021-06-01"));
        assertEquals("patientsFileActive", assertThrows(ContractValidationException.class,
                () -> set(noFa, null, 1900, "2021-07-01")).field());
        assertEquals("body", assertThrows(ContractValidationException.class,
                () -> set(noFa, null, null, "2021-07-01")).field());
    }

    @Test
    void aLapsedContractTakesNoObjective() {
        Contract lapsed = Transitions.atTerm(Fixtures.sign(Fixtures.withoutObjective("2021-06-01"), at("2021-06-01")),
                at("2026-06-01")).after();
        assertThrows(InvalidTransitionException.class, () -> set(lapsed, 1425, 1980, "2026-06-02"));
    }

    @Test
    void theCpamsReasonIsRecordedAndABlankOneIsTheDefault() {
        Contract signed = Fixtures.sign(Fixtures.withoutObjective("2021-06-01"), at("2021-06-01"));
        assertEquals("Accord du 1er juillet 2021", ObjectiveRules.set(signed, new Commands.SetObjective(1425, 1980,
                "Accord du 1er juillet 2021"), at("2021-07-01")).event().reason());
        assertEquals("Objectif fixé par la caisse", ObjectiveRules.set(signed, new Commands.SetObjective(1425, 1980,
                "  "), at("2021-07-01")).event().reason());
    }
}
