package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the core says to people and records: refusals word for word, labels, the state written to the log. */
class MessagesTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void aRefusedTransitionNamesTheActionWhenThereIsOne() {
        assertEquals("SUSPEND is not allowed in status SIGNED", new InvalidTransitionException(ContractStatus.SIGNED,
                ContractAction.SUSPEND, Set.of(ContractAction.ACTIVATE)).getMessage());
        assertEquals("Not allowed in status EXPIRED", new InvalidTransitionException(ContractStatus.EXPIRED, null,
                Set.of()).getMessage());
    }

    @Test
    void aDoctorInTheWayIsNamedByRppsOnlyInAGroup() {
        Engagement individual = new Engagement(ID, Engagement.Kind.INDIVIDUAL, LocalDate.parse("2025-03-01"), null);
        assertEquals("Le médecin est déjà engagé sur cette période par le contrat " + ID + ", du 1er mars 2025 : un "
                + "seul contrat d'aide à la fois. Mettre fin à ce contrat avant d'en signer un autre.",
                new DoctorEngagedException(individual).getMessage());
        Engagement collective = new Engagement(ID, Engagement.Kind.COLLECTIVE, LocalDate.parse("2026-03-02"),
                LocalDate.parse("2028-09-30"));
        assertEquals("Le médecin n° RPPS 10000000009 est déjà engagé sur cette période par le contrat " + ID
                + " (contrat collectif), du 2 mars 2026 au 30 septembre 2028, délai de carence après la fin du contrat "
                + "collectif compris : un seul contrat d'aide à la fois. Mettre fin à ce contrat avant d'en signer un "
                + "autre.", new DoctorEngagedException(collective, "10000000009").getMessage());
    }

    @Test
    void statusesAndActionsReadInFrench() {
        assertEquals(List.of("signé, en attente de l'embauche", "actif", "suspendu", "résilié", "échu",
                "caduc, faute d'embauche", "renouvelé"), List.of(ContractStatus.values()).stream()
                .map(ContractStatus::label).toList());
        assertEquals(List.of("activer", "suspendre", "reprendre", "résilier", "renouveler"),
                List.of(ContractAction.values()).stream().map(ContractAction::label).toList());
    }

    @Test
    void theSnapshotHoldsTheStateAndEachYearsAmounts() {
        Contract toSet = Fixtures.activated(Fixtures.withoutObjective("2021-06-01"), "2021-06-15");
        Snapshot unset = Snapshot.of(toSet);
        assertEquals(ContractStatus.ACTIVE, unset.status());
        assertEquals(LocalDate.parse("2021-06-15"), unset.assistantHiredOn());
        assertNull(unset.targetMt());
        assertNull(unset.targetFa());
        Contract set = ObjectiveRules.set(toSet, new Commands.SetObjective(1425, 1980, null), at("2021-07-01")).after();
        Snapshot snapshot = Snapshot.of(set);
        assertEquals(set.version(), snapshot.version());
        assertEquals(1425, snapshot.targetMt());
        assertEquals(1980, snapshot.targetFa());
        assertEquals(set.years().size(), snapshot.years().size());
        ContractYear year1 = set.years().get(0);
        assertEquals(new Snapshot.YearSnapshot(1, year1.aidCeiling(), year1.amountDue(), year1.amountPaid()),
                snapshot.years().get(0));
    }
}
