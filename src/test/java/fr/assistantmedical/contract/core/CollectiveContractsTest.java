package fr.assistantmedical.contract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.rules.AidDue.Target;
import fr.assistantmedical.rules.CollectiveMember;
import fr.assistantmedical.rules.CollectiveNames;
import fr.assistantmedical.rules.CollectiveProfile;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.NewlyInstalledMembers;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Rulebooks;
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

    @Test
    void aSignatureIsNeitherInTheFutureNorForAGroupOutsideTheRules() {
        CollectiveContracts.Sign group = group();
        ContractValidationException future = assertThrows(ContractValidationException.class,
                () -> CollectiveContracts.sign(group, Map.of(), Period.ZERO, on(SIGNED.minusDays(1))));
        assertEquals("asOf", future.field());
        assertEquals("la date de signature ne peut être dans le futur", future.getMessage());
        assertEquals("la date de signature ne peut dépasser le 1er mars 2026", assertThrows(
                ContractValidationException.class, () -> CollectiveContracts.sign(group, Map.of(), Period.ofDays(1),
                        on(SIGNED.minusDays(2)))).getMessage());
        // One member only: no group.
        CollectiveContracts.Sign alone = new CollectiveContracts.Sign("751", "123456789", new CollectiveProfile(SIGNED,
                StructureType.SCM, new BigDecimal("1"), List.of(gp("A", 700, 1100))));
        CollectiveNotEligibleException refused = assertThrows(CollectiveNotEligibleException.class,
                () -> CollectiveContracts.sign(alone, Map.of(), Period.ZERO, on(SIGNED)));
        assertEquals("Le groupe n'est pas éligible au 2 mars 2026.", refused.getMessage());
        assertEquals(EligibilityStatus.NOT_ELIGIBLE, refused.eligibility().status());
        assertTrue(refused.eligibility().reasons().stream().anyMatch(r -> r.code().equals("AVERAGE_MT_BELOW_FLOOR")),
                refused.eligibility().reasons().toString());
    }

    @Test
    void aSuspensionAndAResumptionFallWithinTheContract() {
        CollectiveContract active = CollectiveContracts.activate(CollectiveContracts.sign(group(), Map.of(),
                Period.ZERO, on(SIGNED)), SIGNED, on(SIGNED));
        LocalDate lastDay = active.lastDay();
        // Still running the day after its last day, not yet recorded at term.
        Context after = on(lastDay.plusDays(10));
        ContractValidationException late = assertThrows(ContractValidationException.class,
                () -> CollectiveContracts.suspend(active, lastDay.plusDays(1), "Arrêt", after));
        assertEquals("la date d'effet est entre le 2 mars 2026 et le " + fr.assistantmedical.rules.Text.date(lastDay),
                late.getMessage());
        CollectiveContract suspended = CollectiveContracts.suspend(active, lastDay.minusDays(30), "Arrêt", after);
        assertEquals("la date d'effet est entre le 2 mars 2026 et le " + fr.assistantmedical.rules.Text.date(lastDay),
                assertThrows(ContractValidationException.class,
                        () -> CollectiveContracts.resume(suspended, lastDay.plusDays(1), after)).getMessage());
        // Terminated before the suspension started: refused.
        ContractValidationException before = assertThrows(ContractValidationException.class,
                () -> CollectiveContracts.terminate(suspended, lastDay.minusDays(31), "Départ", after));
        assertTrue(before.getMessage().startsWith("la date d'effet précède la dernière suspension"), before.getMessage());
    }

    @Test
    void atTermOnlyARunningContractPastItsLastDayChanges() {
        CollectiveContract signed = CollectiveContracts.sign(group(), Map.of(), Period.ZERO, on(SIGNED));
        assertSame(signed, CollectiveContracts.atTerm(signed, on(signed.lastDay())));
        CollectiveContract ended = CollectiveContracts.terminate(signed, LocalDate.parse("2026-06-30"), "Départ",
                on(SIGNED));
        assertSame(ended, CollectiveContracts.atTerm(ended, on(LocalDate.parse("2031-03-02"))));
        CollectiveContract lapsed = CollectiveContracts.atTerm(signed, on(signed.lastDay().plusDays(1)));
        assertEquals(ContractStatus.LAPSED, lapsed.status());
        assertEquals(signed.version() + 1, lapsed.version());
    }

    @Test
    void aYearIsReviewedOnlyIfTheContractHasItAndRanIntoIt() {
        CollectiveContract active = CollectiveContracts.activate(CollectiveContracts.sign(group(), Map.of(),
                Period.ZERO, on(SIGNED)), SIGNED, on(SIGNED));
        LocalDate later = LocalDate.parse("2032-03-02");
        ContractValidationException sixth = assertThrows(ContractValidationException.class,
                () -> CollectiveContracts.review(active, 6, 2400, 3600, on(later)));
        assertEquals("le contrat compte 5 années", sixth.getMessage());
        CollectiveContract ended = CollectiveContracts.terminate(active, LocalDate.parse("2027-06-30"), "Départ",
                on(LocalDate.parse("2027-06-01")));
        assertEquals("le contrat a pris fin le 30 juin 2027, avant l'année 3", assertThrows(
                ContractValidationException.class, () -> CollectiveContracts.review(ended, 3, 2400, 3600, on(later)))
                .getMessage());
        // Year 2, in which it ended, is reviewed.
        assertEquals(2, CollectiveContracts.review(ended, 2, 2400, 3600, on(later)).review(2).orElseThrow()
                .contractYear());
    }

    @Test
    void aDropBelowTheGroupsStartingLevelIsSaidAtTheLatestReview() {
        CollectiveContract active = CollectiveContracts.activate(CollectiveContracts.sign(group(), Map.of(),
                Period.ZERO, on(SIGNED)), SIGNED, on(SIGNED));
        LocalDate later = LocalDate.parse("2029-03-02");
        // At the start (2 400 MT, 3 600 FA): no drop.
        CollectiveContract level = CollectiveContracts.review(active, 1, 2400, 3600, on(later));
        assertEquals(List.of(), CollectiveContracts.followUp(level));
        // One patient under on MT only, at the latest review.
        CollectiveContract under = CollectiveContracts.review(level, 2, 2399, 3600, on(later));
        List<ContractWarning> warnings = CollectiveContracts.followUp(under);
        assertEquals(1, warnings.size());
        assertEquals(ContractWarning.PATIENTELE_DROP, warnings.get(0).code());
        assertEquals(2, warnings.get(0).contractYear());
        assertTrue(warnings.get(0).message().startsWith("Année 2 : la patientèle médecin traitant totale du groupe "
                + "(2399) est passée sous son niveau de départ (2400)."), warnings.get(0).message());
    }

    @Test
    void aContractIsProvisionalWithWarningsAndAnsweredAtItsVersion() {
        CollectiveContract signed = CollectiveContracts.sign(group(), Map.of(), Period.ZERO, on(SIGNED));
        assertEquals(List.of(), signed.warnings());
        assertFalse(signed.provisional());
        CollectiveContract warned = new CollectiveContract(signed.id(), signed.cpamCode(), signed.structureType(),
                signed.companyId(), signed.etp(), signed.signedOn(), signed.regime(), signed.members(), signed.mt(),
                signed.fa(), signed.years(), signed.reviews(), signed.status(), signed.assistantHiredOn(),
                signed.endsOn(), signed.endReason(), List.of(new fr.assistantmedical.rules.Warning("collective.etp.perMember",
                        "Valeur provisoire.")), signed.rulebookVersion(), signed.version(), signed.createdAt(),
                signed.createdBy(), signed.updatedAt(), signed.suspensions());
        assertTrue(warned.provisional());
        signed.requireVersion(null);
        signed.requireVersion(java.util.Set.of(0L, 3L));
        assertEquals(0, assertThrows(PreconditionFailedException.class, () -> signed.requireVersion(java.util.Set.of(1L)))
                .currentVersion());
        assertEquals(1, CollectiveContracts.activate(signed, SIGNED, on(SIGNED)).version());
    }

    @Test
    void aMemberInstalledLessThanAYearAgoKeepsHisOwnObjective() {
        // The law's facts (installed less than 12 months, the P50 of 1 045 MT / 1 514 FA within 3 years) and
        // their source: NewlyInstalledMembers. The recent member comes second: his objective is his by RPPS.
        CollectiveMember recent = NewlyInstalledMembers.recent("R", SIGNED);
        CollectiveMember settled = NewlyInstalledMembers.settled("S", SIGNED);
        CollectiveContract signed = CollectiveContracts.sign(new CollectiveContracts.Sign("751", "123456789",
                new CollectiveProfile(SIGNED, StructureType.SCM, new BigDecimal("1"), List.of(settled, recent))),
                Map.of(), Period.ZERO, on(SIGNED));
        assertEquals(List.of(new CollectiveContract.Member("S", 1400, 1900, SIGNED.minusMonths(12), null, null),
                new CollectiveContract.Member("R", 400, 600, SIGNED.minusMonths(6),
                        new Target(400, NewlyInstalledMembers.TARGET_MT, null),
                        new Target(600, NewlyInstalledMembers.TARGET_FA, null))), signed.members());
    }

    @Test
    void theAidDueSoFarCountsTheReviewsWhoseAmountIsKnown() {
        // A rulebook without the first year's amount: year 1's review has no amount due.
        Rulebook rulebook = Rulebooks.withValue(Fixtures.BUNDLED, CollectiveNames.AMOUNT_YEAR1, null);
        Context signing = new Context(rulebook, SIGNED, Instant.parse("2026-03-02T10:00:00Z"), Fixtures.AGENT);
        CollectiveContract active = CollectiveContracts.activate(CollectiveContracts.sign(group(), Map.of(),
                Period.ZERO, signing), SIGNED, signing);
        Context later = new Context(rulebook, LocalDate.parse("2029-03-02"), Instant.parse("2029-03-02T10:00:00Z"),
                Fixtures.AGENT);
        CollectiveContract year1 = CollectiveContracts.review(active, 1, 2400, 3600, later);
        assertNull(year1.review(1).orElseThrow().amountDue());
        assertEquals(BigDecimal.ZERO, CollectiveContracts.aidDue(year1));
        // Year 2, due in full (the objective is checked from year 3): 2 ETP × 28 000 €, « 38 000 € la 1re
        // année, 28 000 € la 2e année, puis 22 000 €/an à partir de la 3e année » per ETP [SECONDARY] Mesdocs
        // citing the ameli page on the collective aid (rules-research.md §3.2; collective.amounts.year2).
        CollectiveContract year2 = CollectiveContracts.review(year1, 2, 2400, 3600, later);
        assertEquals(new BigDecimal("56000.00"), CollectiveContracts.aidDue(year2));
    }
}
