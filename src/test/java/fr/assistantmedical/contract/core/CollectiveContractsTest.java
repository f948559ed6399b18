package fr.assistantmedical.contract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.assistantmedical.rules.CollectiveMember;
import fr.assistantmedical.rules.CollectiveProfile;
import fr.assistantmedical.rules.StructureType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The collective contract's rules, without the service: signature, exclusivity, waiting, reviews. */
class CollectiveContractsTest {

    private static final LocalDate SIGNED = LocalDate.parse("2026-03-02");

    private static Context on(LocalDate today) {
        return new Context(Fixtures.BUNDLED, today, Instant.parse("2026-03-02T10:00:00Z"), Fixtures.AGENT);
    }

    private static CollectiveMember gp(String rpps, int mt, int fa) {
        return new CollectiveMember(rpps, "MEDECINE_GENERALE", 1, null, mt, fa, null, false, false);
    }

    private static CollectiveContracts.Sign group() {
        return new CollectiveContracts.Sign("751", "123456789", new CollectiveProfile(SIGNED, StructureType.SCM,
                new BigDecimal("2"), List.of(gp("A", 700, 1100), gp("B", 800, 1200), gp("C", 900, 1300))));
    }

    @Test
    void aMemberBoundByAnIndividualContractIsNamed() {
        UUID individual = UUID.randomUUID();
        Map<String, List<Engagement>> engagements = Map.of("B", List.of(new Engagement(individual,
                Engagement.Kind.INDIVIDUAL, LocalDate.parse("2025-03-01"), LocalDate.parse("2030-02-28"))));
        DoctorEngagedException e = assertThrows(DoctorEngagedException.class,
                () -> CollectiveContracts.sign(group(), engagements, Period.ZERO, on(SIGNED)));
        assertEquals("B", e.rpps());
        assertEquals(individual, e.engagement().contractId());
        // Terminated the day before: the group may sign.
        Map<String, List<Engagement>> ended = Map.of("B", List.of(new Engagement(individual,
                Engagement.Kind.INDIVIDUAL, LocalDate.parse("2025-03-01"), SIGNED.minusDays(1))));
        CollectiveContract signed = CollectiveContracts.sign(group(), ended, Period.ZERO, on(SIGNED));
        assertEquals(ContractStatus.SIGNED, signed.status());
        assertEquals(new BigDecimal("76000.00"), signed.years().get(0).maxAid());
        assertEquals(2920, signed.mt().target());
        assertEquals(3820, signed.fa().target());
    }

    @Test
    void aCollectiveMembershipBindsTwoYearsPastItsEnd() {
        Engagement collective = new Engagement(UUID.randomUUID(), Engagement.Kind.COLLECTIVE, SIGNED,
                LocalDate.parse("2026-09-30"));
        List<Engagement> seen = CollectiveContracts.waiting(List.of(collective), Fixtures.BUNDLED);
        assertEquals(LocalDate.parse("2028-09-30"), seen.get(0).to());
        Engagement individual = new Engagement(UUID.randomUUID(), Engagement.Kind.INDIVIDUAL, SIGNED,
                LocalDate.parse("2026-09-30"));
        assertEquals(individual, CollectiveContracts.waiting(List.of(individual), Fixtures.BUNDLED).get(0));
    }

    @Test
    void reviewsProrateFromYear3OnTheGroupsTotals() {
        CollectiveContract signed = CollectiveContracts.sign(group(), Map.of(), Period.ZERO, on(SIGNED));
        CollectiveContract active = CollectiveContracts.activate(signed, SIGNED, on(SIGNED));
        LocalDate later = LocalDate.parse("2029-03-02");
        CollectiveContract year2 = CollectiveContracts.review(active, 2, 2400, 3600, on(later));
        assertEquals(new BigDecimal("56000.00"), year2.review(2).orElseThrow().amountDue());
        // +390 of +520 MT (3/4), +110 of +220 FA (1/2): the lower share.
        CollectiveContract year3 = CollectiveContracts.review(year2, 3, 2790, 3710, on(later));
        assertEquals(new BigDecimal("22000.00"), year3.review(3).orElseThrow().amountDue());
        assertEquals(new BigDecimal("78000.00"), CollectiveContracts.aidDue(year3));
        assertThrows(ContractValidationException.class, () -> CollectiveContracts.review(year3, 4, 2900, 3800,
                on(later)));
    }

    @Test
    void aTerminatedContractCannotBeActivatedNorTerminatedAgain() {
        CollectiveContract signed = CollectiveContracts.sign(group(), Map.of(), Period.ZERO, on(SIGNED));
        CollectiveContract ended = CollectiveContracts.terminate(signed, LocalDate.parse("2026-06-30"), "Départ",
                on(SIGNED));
        assertEquals(LocalDate.parse("2026-06-30"), ended.lastDay());
        assertThrows(InvalidTransitionException.class, () -> CollectiveContracts.activate(ended, SIGNED, on(SIGNED)));
        assertThrows(InvalidTransitionException.class, () -> CollectiveContracts.terminate(ended, SIGNED, null,
                on(SIGNED)));
        assertEquals(ContractStatus.LAPSED, CollectiveContracts.atTerm(signed, on(LocalDate.parse("2031-03-02")))
                .status());
    }
}
