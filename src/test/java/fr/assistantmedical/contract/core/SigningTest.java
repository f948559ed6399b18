package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.Fixtures.at;
import static fr.assistantmedical.contract.core.Fixtures.gp2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.rules.AidDue.Target;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import fr.assistantmedical.rules.Profile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signing: the date, eligibility, the doctor's other engagements, the schedule and the objective. */
class SigningTest {

    @Test
    void aContractStartsSignedWithItsScheduleAndTheObjectiveTheCpamSet() {
        Change signed = Signing.sign(gp2024("2025-03-01"), List.of(), Period.ZERO, at("2025-03-01"));
        Contract c = signed.after();
        assertEquals(ContractStatus.SIGNED, c.status());
        assertEquals("CONVENTION_2024", c.regime());
        assertEquals(List.of("19000.00", "14000.00", "11000.00", "11000.00", "11000.00"),
                c.years().stream().map(y -> y.maxAid().toPlainString()).toList());
        assertEquals(LocalDate.parse("2030-02-28"), c.years().get(4).to());
        // Nothing is due before the hire.
        assertTrue(c.years().stream().allMatch(y -> y.daysDue() == 0));
        assertEquals(new Target(1200, 1300, null), c.objective().patientsMt());
        assertEquals(ContractObjective.CPAM, c.objective().setBy());
        assertEquals("SIGNED", signed.event().type());
        assertNull(signed.before());
    }

    @Test
    void aSignatureDateBeyondTheMarginIsRefused() {
        ContractValidationException future = assertThrows(ContractValidationException.class,
                () -> Signing.sign(gp2024("2030-03-01"), List.of(), Period.ZERO, at("2025-03-01")));
        assertEquals("asOf", future.field());
        assertEquals("la date de signature ne peut être dans le futur", future.getMessage());
        assertEquals("la date de signature ne peut dépasser le 8 mars 2025", assertThrows(
                ContractValidationException.class, () -> Signing.sign(gp2024("2025-03-09"), List.of(),
                        Period.ofDays(7), at("2025-03-01"))).getMessage());
        assertEquals(ContractStatus.SIGNED, Signing.sign(gp2024("2025-03-08"), List.of(), Period.ofDays(7),
                at("2025-03-01")).after().status());
    }

    @Test
    void aDoctorWhoIsNotEligibleOrAnOptionNotOpenCannotSign() {
        Profile p = gp2024("2025-03-01").profile();
        Commands.Sign excluded = new Commands.Sign("10000000009", "751", new Profile(p.asOf(), "RADIOLOGIE", 1, null,
                1200, 1800, null, null, null, null, null, null), Option.HALF_TIME, null, null);
        NotEligibleException e = assertThrows(NotEligibleException.class,
                () -> Signing.sign(excluded, List.of(), Period.ZERO, at("2025-03-01")));
        assertEquals(EligibilityStatus.NOT_ELIGIBLE, e.eligibility().status());
        assertEquals("Le médecin n'est pas éligible au 1er mars 2025.", e.getMessage());
        Commands.Sign third = new Commands.Sign("10000000009", "751", p, Option.THIRD_TIME, null, null);
        NotEligibleException closed = assertThrows(NotEligibleException.class,
                () -> Signing.sign(third, List.of(), Period.ZERO, at("2025-03-01")));
        assertTrue(closed.eligibility().reasons().stream().anyMatch(r -> r.code().equals("OPTION_NOT_OPEN")));
    }

    @Test
    void aDoctorHoldsOneContractAtATime() {
        UUID running = UUID.randomUUID();
        List<Engagement> engagements = List.of(
                new Engagement(UUID.randomUUID(), Engagement.Kind.INDIVIDUAL, LocalDate.parse("2019-09-01"),
                        LocalDate.parse("2024-08-31")),
                new Engagement(running, Engagement.Kind.INDIVIDUAL, LocalDate.parse("2025-03-01"),
                        LocalDate.parse("2030-02-28")));
        DoctorEngagedException e = assertThrows(DoctorEngagedException.class,
                () -> Signing.sign(gp2024("2025-03-01"), engagements, Period.ZERO, at("2025-03-01")));
        assertEquals(running, e.engagement().contractId());
        assertTrue(e.getMessage().contains(running.toString()));
        assertTrue(e.getMessage().contains("du 1er mars 2025 au 28 février 2030"));
        // The contract that ended before is no obstacle.
        assertEquals(ContractStatus.SIGNED, Signing.sign(gp2024("2025-03-01"), engagements.subList(0, 1), Period.ZERO,
                at("2025-03-01")).after().status());
    }

    @Test
    void theWarningsOfTheRulebookStayWithTheContract() {
        Contract c = Fixtures.sign(Fixtures.withoutObjective("2021-06-01"), at("2021-06-01"));
        assertTrue(c.provisional());
        assertTrue(c.signingWarnings().stream()
                .anyMatch(w -> w.parameter().equals("objectives.increase.HALF_TIME.P50_P70")));
        assertEquals(new BigDecimal("18000.00"), c.years().get(0).maxAid());
    }

    @Test
    void theObjectiveTheCpamSetsWinsIndicatorByIndicator() {
        // Avenant 7, half time, band P30-P50: the rules give +25 % (1 200 → 1 500 MT, 1 800 → 2 250 FA).
        Profile doctor = new Profile(LocalDate.parse("2021-06-01"), "MEDECINE_GENERALE", 1, null, 1200, 1800, null,
                null, null, null, true, PercentileBand.P30_P50);
        ContractObjective rules = Fixtures.sign(new Commands.Sign("10000000009", "751", doctor, Option.HALF_TIME, null,
                null), at("2021-06-01")).objective();
        assertEquals(ContractObjective.RULEBOOK, rules.setBy());
        assertEquals(new Target(1200, 1500, null), rules.patientsMt());
        assertEquals(new Target(1800, 2250, null), rules.patientsFileActive());
        ContractObjective faByCpam = Fixtures.sign(new Commands.Sign("10000000009", "751", doctor, Option.HALF_TIME,
                null, 2000), at("2021-06-01")).objective();
        assertEquals(ContractObjective.CPAM, faByCpam.setBy());
        assertEquals(new Target(1200, 1500, null), faByCpam.patientsMt());
        assertEquals(new Target(1800, 2000, null), faByCpam.patientsFileActive());
        ContractObjective mtByCpam = Fixtures.sign(new Commands.Sign("10000000009", "751", doctor, Option.HALF_TIME,
                1400, null), at("2021-06-01")).objective();
        assertEquals(ContractObjective.CPAM, mtByCpam.setBy());
        assertEquals(new Target(1200, 1400, null), mtByCpam.patientsMt());
        assertEquals(new Target(1800, 2250, null), mtByCpam.patientsFileActive());
    }
}
