package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.Fixtures.at;
import static fr.assistantmedical.contract.core.Fixtures.parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.ParameterType;
import fr.assistantmedical.rules.PercentileBand;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Rulebook;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Renewal: who renews, in which option, and from which year of the amounts table. */
class RenewalsTest {

    private static final String RENEWABLE = LawParameters.RENEWABLE_OPTIONS + ".AVENANT_7_2019";

    /** An avenant 7 contract, one third time, hired in 2019, expired on 2024-08-31. */
    private static Contract expired(Rulebook rulebook) {
        Commands.Sign sign = new Commands.Sign("10000000009", "751", new Profile(LocalDate.parse("2019-09-01"),
                "MEDECINE_GENERALE", 1, null, 1200, 1800, null, null, null, null, true, PercentileBand.P30_P50),
                Option.THIRD_TIME, null, null);
        Contract signed = Signing.sign(sign, List.of(), Period.ZERO, at(rulebook, "2019-09-01")).after();
        Contract active = Fixtures.transition(signed, ContractAction.ACTIVATE, "2019-09-15", at(rulebook, "2019-09-15"));
        return Transitions.atTerm(active, at(rulebook, "2024-09-02")).after();
    }

    private static Renewals.Outcome renew(Contract old, String on, Rulebook rulebook) {
        return Renewals.renew(old, new Commands.Transition(ContractAction.RENEW, on == null ? null : LocalDate.parse(on),
                "Renouvellement", null, null), List.of(), Period.ZERO, at(rulebook, "2024-09-02"));
    }

    @Test
    void withoutTheRulebookSayingSoAnOptionClosedToNewContractsDoesNotRenew() {
        NotEligibleException e = assertThrows(NotEligibleException.class,
                () -> renew(expired(Fixtures.RULEBOOK), null, Fixtures.RULEBOOK));
        assertTrue(e.eligibility().reasons().stream().anyMatch(r -> r.code().equals("OPTION_NOT_OPEN")));
    }

    @Test
    void anOptionTheRulebookNamesRenewsEvenClosedToNewContracts() {
        Rulebook rulebook = Fixtures.with(parameter(RENEWABLE, ParameterType.OPTIONS, List.of("THIRD_TIME"),
                Certainty.SECONDARY));
        Contract old = expired(rulebook);
        Renewals.Outcome outcome = renew(old, null, rulebook);
        Contract renewed = outcome.renewed().after();
        assertEquals(ContractStatus.RENEWED, outcome.old().after().status());
        assertEquals(renewed.id(), outcome.old().after().renewedById());
        assertEquals(old.id(), renewed.previousContractId());
        assertEquals(LocalDate.parse("2024-09-01"), renewed.signedOn());
        assertEquals("CONVENTION_2024", renewed.regime());
        assertEquals(Option.THIRD_TIME, renewed.option());
        // Year 1 from the table: unknown in 2024 for one third time; the rulebook says so.
        assertNull(renewed.years().get(0).maxAid());
        assertEquals("9450.00", renewed.years().get(1).maxAid().toPlainString());
        assertTrue(renewed.objective().toSet());
        assertEquals("SIGNED", outcome.renewed().event().type());
        assertEquals("Renouvellement du contrat " + old.id(), outcome.renewed().event().reason());
    }

    @Test
    void aRenewalStartsAtTheTableYearTheRulebookGives() {
        Rulebook rulebook = Fixtures.with(parameter(RENEWABLE, ParameterType.OPTIONS, List.of("THIRD_TIME"),
                Certainty.SECONDARY), parameter(LawParameters.RENEWAL_AMOUNTS_FROM_YEAR, ParameterType.INTEGER, 3,
                Certainty.SECONDARY));
        Contract renewed = renew(expired(rulebook), null, rulebook).renewed().after();
        assertEquals(3, renewed.amountsFromYear());
        assertEquals(List.of("7350.00", "7350.00", "7350.00", "7350.00", "7350.00"),
                renewed.years().stream().map(y -> y.maxAid().toPlainString()).toList());
        assertTrue(renewed.years().stream().allMatch(ContractYear::objectiveChecked));
    }

    @Test
    void anOptionTheRulebookDoesNotNameDoesNotRenew() {
        Rulebook rulebook = Fixtures.with(parameter(RENEWABLE, ParameterType.OPTIONS, List.of("HALF_TIME"),
                Certainty.SECONDARY));
        ContractConflictException e = assertThrows(ContractConflictException.class,
                () -> renew(expired(rulebook), null, rulebook));
        assertEquals("not-renewable", e.type());
        assertTrue(e.getMessage().startsWith("Un contrat tiers temps signé sous Avenant n° 7"), e.getMessage());
    }

    @Test
    void aRefusalNamesTheRegimeTheContractWasSignedUnder() {
        Rulebook rulebook = Fixtures.with(parameter(LawParameters.RENEWABLE_OPTIONS + ".REGLEMENT_ARBITRAL_2023",
                ParameterType.OPTIONS, List.of("FULL_TIME"), Certainty.SECONDARY));
        Contract signed = Fixtures.sign(Fixtures.withoutObjective("2023-06-01"), at(rulebook, "2023-06-01"));
        assertEquals("REGLEMENT_ARBITRAL_2023", signed.regime());
        Contract active = Fixtures.transition(signed, ContractAction.ACTIVATE, "2023-06-01", at(rulebook, "2023-06-01"));
        Contract expired = Transitions.atTerm(active, at(rulebook, "2029-01-01")).after();
        assertEquals(LocalDate.parse("2028-05-31"), expired.endsOn());
        ContractConflictException e = assertThrows(ContractConflictException.class, () -> Renewals.renew(expired,
                new Commands.Transition(ContractAction.RENEW, null, "Renouvellement", null, null), List.of(),
                Period.ZERO, at(rulebook, "2029-01-01")));
        assertEquals("Un contrat mi-temps signé sous Règlement arbitral (arrêté du 28 avril 2023) ne se renouvelle "
                + "pas au 1er juin 2028 : signer un nouveau contrat.", e.getMessage());
    }

    @Test
    void onlyAnExpiredContractThatHadAnAssistantRenewsAfterItsTerm() {
        Contract old = expired(Fixtures.RULEBOOK);
        assertEquals("effectiveDate", assertThrows(ContractValidationException.class,
                () -> renew(old, "2024-08-31", Fixtures.RULEBOOK)).field());
        Contract neverActivated = old.toBuilder().assistantHiredOn(null).build();
        assertEquals("not-renewable", assertThrows(ContractConflictException.class,
                () -> renew(neverActivated, null, Fixtures.RULEBOOK)).type());
        Contract lapsed = old.toBuilder().assistantHiredOn(null).status(ContractStatus.LAPSED).build();
        assertThrows(InvalidTransitionException.class, () -> renew(lapsed, null, Fixtures.RULEBOOK));
    }

    @Test
    void aDoctorWaitingAfterACollectiveContractCannotRenewAlone() {
        Rulebook rulebook = Fixtures.with(parameter(RENEWABLE, ParameterType.OPTIONS, List.of("THIRD_TIME"),
                Certainty.SECONDARY));
        Contract old = expired(rulebook);
        // A member of a collective contract from 2 March to 30 September 2026: waiting until 30 September 2028.
        Engagement collective = new Engagement(UUID.randomUUID(), Engagement.Kind.COLLECTIVE,
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-09-30"));
        Commands.Transition renewal = new Commands.Transition(ContractAction.RENEW, LocalDate.parse("2028-09-30"),
                "Renouvellement", null, null);
        DoctorEngagedException e = assertThrows(DoctorEngagedException.class, () -> Renewals.renew(old, renewal,
                List.of(collective), Period.ZERO, at(rulebook, "2028-09-30")));
        assertEquals(old.rpps(), e.rpps());
        assertEquals(collective.contractId(), e.engagement().contractId());
        assertEquals(LocalDate.parse("2028-09-30"), e.engagement().to());
        assertTrue(e.getMessage().contains("carence"), e.getMessage());
    }

    @Test
    void theRenewedContractKeepsTheDoctorsFactsButForTheCountsAndBandTheRenewalGives() {
        Rulebook rulebook = Fixtures.with(parameter(RENEWABLE, ParameterType.OPTIONS, List.of("THIRD_TIME"),
                Certainty.SECONDARY));
        Contract old = expired(rulebook);
        // The doctor was 58 at signature (2019): 63 at renewal (2024).
        Contract aged = old.toBuilder().profile(new Profile(LocalDate.parse("2019-09-01"), "MEDECINE_GENERALE", 1, null,
                1200, 1800, null, 58, null, null, true, PercentileBand.P30_P50)).build();
        Commands.Transition newCounts = new Commands.Transition(ContractAction.RENEW, null, "Renouvellement", null,
                new Commands.Renewal(null, 1300, null, null, null, null));
        Profile kept = Renewals.renew(aged, newCounts, List.of(), Period.ZERO, at(rulebook, "2024-09-02")).renewed()
                .after().profile();
        assertEquals(LocalDate.parse("2024-09-01"), kept.asOf());
        assertEquals(1300, kept.patientsMt());
        assertEquals(1800, kept.patientsFileActive());
        assertEquals(63, kept.age());
        assertEquals(PercentileBand.P30_P50, kept.percentileBand());
        Commands.Transition allNew = new Commands.Transition(ContractAction.RENEW, null, "Renouvellement", null,
                new Commands.Renewal(null, null, 1900, PercentileBand.P50_P70, null, null));
        Profile given = Renewals.renew(aged, allNew, List.of(), Period.ZERO, at(rulebook, "2024-09-02")).renewed()
                .after().profile();
        assertEquals(1200, given.patientsMt());
        assertEquals(1900, given.patientsFileActive());
        assertEquals(PercentileBand.P50_P70, given.percentileBand());
        assertNull(renew(old, null, rulebook).renewed().after().profile().age(), "an age never given stays unknown");
    }
}
