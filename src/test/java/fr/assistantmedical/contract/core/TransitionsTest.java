package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.Fixtures.at;
import static fr.assistantmedical.contract.core.Fixtures.gp2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.contract.core.Commands.Initiator;
import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.ParameterType;
import fr.assistantmedical.rules.Rulebook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Activation, suspension, resumption, termination and the calendar's own ends, with their dates. */
class TransitionsTest {

    private static final Contract SIGNED = Fixtures.sign(gp2024("2025-03-01"), at("2025-03-01"));

    private static Change apply(Contract c, ContractAction action, String on, String reason, Initiator initiator,
            Context context) {
        return Transitions.apply(c, new Commands.Transition(action, on == null ? null : LocalDate.parse(on), reason,
                initiator, null), context);
    }

    private static void refused(String field, Runnable change) {
        assertEquals(field, assertThrows(ContractValidationException.class, change::run).field());
    }

    @Test
    void activationRecordsTheHireAndKeepsTheCalendarWhereYearsCountFromTheSignature() {
        Change change = apply(SIGNED, ContractAction.ACTIVATE, "2025-03-20", null, null, at("2025-03-25"));
        Contract active = change.after();
        assertEquals(ContractStatus.ACTIVE, active.status());
        assertEquals(LocalDate.parse("2025-03-20"), active.assistantHiredOn());
        assertEquals(1, active.version());
        assertEquals("ACTIVATED", change.event().type());
        assertEquals(LocalDate.parse("2025-03-01"), active.years().get(0).from());
        // No aid for the 19 days before the hire.
        assertEquals(365 - 19, active.years().get(0).daysDue());
        assertEquals(new BigDecimal("18010.96"), active.years().get(0).aidCeiling());
    }

    @Test
    void whereTheRulebookCountsYearsFromTheHireTheScheduleMovesAtActivation() {
        Rulebook hire = Fixtures.with(Fixtures.parameter(LawParameters.FIRST_YEAR_START, ParameterType.INTEGER,
                "HIRE", Certainty.SECONDARY));
        Contract signed = Fixtures.sign(gp2024("2023-06-01"), at(hire, "2023-06-01"));
        assertEquals(LocalDate.parse("2024-06-01"), signed.years().get(1).from());
        assertEquals("REGLEMENT_ARBITRAL_2023", signed.years().get(1).regime());
        Contract active = apply(signed, ContractAction.ACTIVATE, "2023-07-01", null, null, at(hire, "2023-07-02"))
                .after();
        assertEquals(LocalDate.parse("2023-07-01"), active.years().get(0).from());
        assertEquals(LocalDate.parse("2024-06-30"), active.years().get(0).to());
        // Year 2 now starts after the convention 2024 and takes its amounts.
        assertEquals(LocalDate.parse("2024-07-01"), active.years().get(1).from());
        assertEquals("CONVENTION_2024", active.years().get(1).regime());
        assertEquals(new BigDecimal("14000.00"), active.years().get(1).maxAid());
        assertEquals(active.years().get(0).yearDays(), active.years().get(0).daysDue());
        // Read at the signature date: without the parameter, nothing moves.
        Contract same = apply(Fixtures.sign(gp2024("2023-06-01"), at("2023-06-01")), ContractAction.ACTIVATE,
                "2023-07-01", null, null, at("2023-07-02")).after();
        assertEquals(LocalDate.parse("2023-06-01"), same.years().get(0).from());
        assertEquals(new BigDecimal("13500.00"), same.years().get(1).maxAid());
    }

    @Test
    void activationDatesAreChecked() {
        refused("effectiveDate", () -> apply(SIGNED, ContractAction.ACTIVATE, "2025-04-01", null, null,
                at("2025-03-25")));
        refused("effectiveDate", () -> apply(SIGNED, ContractAction.ACTIVATE, "2025-02-27", null, null,
                at("2025-03-25")));
        refused("effectiveDate", () -> apply(SIGNED, ContractAction.ACTIVATE, null, null, null, at("2025-03-25")));
        refused("effectiveDate", () -> apply(SIGNED, ContractAction.ACTIVATE, "2030-03-01", null, null,
                at("2031-01-01")));
    }

    @Test
    void aSuspensionRunsFromItsDateUntilTheDayBeforeTheResumption() {
        Contract active = Fixtures.transition(SIGNED, ContractAction.ACTIVATE, "2025-03-01", at("2025-03-01"));
        refused("reason", () -> apply(active, ContractAction.SUSPEND, "2025-05-02", " ", null, at("2025-09-01")));
        refused("effectiveDate", () -> apply(active, ContractAction.SUSPEND, "2025-09-02", "absence", null,
                at("2025-09-01")));
        Contract suspended = apply(active, ContractAction.SUSPEND, "2025-05-02", "absence", null, at("2025-09-01"))
                .after();
        assertEquals(List.of(new Suspension(LocalDate.parse("2025-05-02"), null)), suspended.suspensions());
        refused("effectiveDate", () -> apply(suspended, ContractAction.RESUME, "2025-05-02", null, null,
                at("2025-09-01")));
        Contract resumed = apply(suspended, ContractAction.RESUME, "2025-08-20", null, null, at("2025-09-01"))
                .after();
        assertEquals(ContractStatus.ACTIVE, resumed.status());
        assertEquals(List.of(new Suspension(LocalDate.parse("2025-05-02"), LocalDate.parse("2025-08-19"))),
                resumed.suspensions());
        assertEquals(365 - 110, resumed.years().get(0).daysDue());
        // A new suspension cannot reach back into the previous one.
        refused("effectiveDate", () -> apply(resumed, ContractAction.SUSPEND, "2025-08-19", "absence", null,
                at("2025-09-01")));
        assertEquals(2, apply(resumed, ContractAction.SUSPEND, "2025-08-20", "absence", null, at("2025-09-01"))
                .after().suspensions().size());
    }

    @Test
    void aDoctorGivesNoticeTheCpamEndsAtAnyDateAndTheScheduleStopsThere() {
        Contract active = Fixtures.transition(SIGNED, ContractAction.ACTIVATE, "2025-03-01", at("2025-03-01"));
        refused("initiator", () -> apply(active, ContractAction.TERMINATE, "2026-01-01", "départ", null,
                at("2025-09-01")));
        refused("effectiveDate", () -> apply(active, ContractAction.TERMINATE, "2025-10-31", "départ",
                Initiator.DOCTOR, at("2025-09-01")));
        refused("reason", () -> apply(active, ContractAction.TERMINATE, "2025-11-01", null, Initiator.DOCTOR,
                at("2025-09-01")));
        Contract ended = apply(active, ContractAction.TERMINATE, "2027-02-02", "départ", Initiator.DOCTOR,
                at("2025-09-01")).after();
        assertEquals(ContractStatus.TERMINATED, ended.status());
        assertEquals(LocalDate.parse("2027-02-02"), ended.endsOn());
        assertEquals(2, ended.years().size());
        ContractYear last = ended.years().get(1);
        assertEquals(LocalDate.parse("2027-02-02"), last.to());
        assertEquals(339, last.daysDue());
        assertEquals(new BigDecimal("13002.74"), last.aidCeiling());
        // The CPAM may end it on a past date.
        Contract byCpam = apply(active, ContractAction.TERMINATE, "2025-06-30", "déménagement", Initiator.CPAM,
                at("2025-09-01")).after();
        assertEquals(1, byCpam.years().size());
        assertEquals(122, byCpam.years().get(0).daysDue());
    }

    @Test
    void terminatingASuspendedContractClosesTheSuspensionAtTheEnd() {
        Contract suspended = apply(Fixtures.transition(SIGNED, ContractAction.ACTIVATE, "2025-03-01",
                at("2025-03-01")), ContractAction.SUSPEND, "2025-06-01", "absence", null, at("2025-06-01")).after();
        refused("effectiveDate", () -> apply(suspended, ContractAction.TERMINATE, "2025-05-31", "fin",
                Initiator.CPAM, at("2025-07-01")));
        Contract ended = apply(suspended, ContractAction.TERMINATE, "2025-07-31", "fin", Initiator.CPAM,
                at("2025-08-01")).after();
        assertEquals(List.of(new Suspension(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-07-31"))),
                ended.suspensions());
        assertEquals(92, ended.years().get(0).daysDue());
    }

    @Test
    void theCalendarEndsARunningContractAtItsTermExpiredOrLapsed() {
        Contract active = Fixtures.transition(SIGNED, ContractAction.ACTIVATE, "2025-03-01", at("2025-03-01"));
        assertFalse(Transitions.atTermDue(active, LocalDate.parse("2030-02-28")));
        assertFalse(Transitions.atTerm(active, at("2030-02-28")).changed());
        assertTrue(Transitions.atTermDue(active, LocalDate.parse("2030-03-01")));
        Change expiry = Transitions.atTerm(active, at("2030-03-01"));
        assertEquals(ContractStatus.EXPIRED, expiry.after().status());
        assertEquals(LocalDate.parse("2030-02-28"), expiry.after().endsOn());
        assertEquals("EXPIRED", expiry.event().type());
        assertEquals(Transitions.SYSTEM, expiry.event().actor());
        assertEquals(LocalDate.parse("2030-03-01"), expiry.event().effectiveDate());
        assertEquals("Fin de la dernière année du contrat", expiry.event().reason());

        Change lapse = Transitions.atTerm(SIGNED, at("2031-01-01"));
        assertEquals(ContractStatus.LAPSED, lapse.after().status());
        assertEquals("LAPSED", lapse.event().type());
        assertEquals("Fin de la dernière année du contrat, sans embauche de l'assistant : aucune aide n'était due",
                lapse.event().reason());
        assertTrue(lapse.after().years().stream().allMatch(y -> y.daysDue() == 0 && y.aidCeiling().signum() == 0));

        Contract suspended = apply(active, ContractAction.SUSPEND, "2029-06-01", "absence", null, at("2029-06-01"))
                .after();
        Contract expired = Transitions.atTerm(suspended, at("2030-06-01")).after();
        assertEquals(LocalDate.parse("2030-02-28"), expired.suspensions().get(0).to());
        assertNull(Transitions.atTerm(expired, at("2030-06-01")).event());
    }

    /**
     * The service's stated conventions, not a source (the texts say only that the CPAM suspends the
     * contract, « et donc l'aide et les objectifs afférents », and reactivates it at the new hire:
     * [SECONDARY] URPS FAQ, https://assistants-medicaux.org/category/faq/mon-role-en-tant-quemployeur,
     * rules-research.md §5): a
     * suspension cannot start before the hire, when no aid is due yet (README, "No aid without an
     * assistant"), and a resumption comes after the suspension's first day, so that a suspension lasts
     * at least a day (the resumption date being the first day of aid again).
     */
    @Test
    void aSuspensionFollowsTheHireAndAResumptionFollowsTheSuspension() {
        Contract active = Fixtures.transition(SIGNED, ContractAction.ACTIVATE, "2025-03-20", at("2025-03-25"));
        ContractValidationException beforeHire = assertThrows(ContractValidationException.class,
                () -> apply(active, ContractAction.SUSPEND, "2025-03-10", "absence", null, at("2025-04-01")));
        assertEquals("effectiveDate", beforeHire.field());
        assertEquals("la date d'effet précède l'embauche de l'assistant, le 20 mars 2025", beforeHire.getMessage());
        Contract suspended = apply(active, ContractAction.SUSPEND, "2025-06-02", "absence", null, at("2025-06-02"))
                .after();
        ContractValidationException sameDay = assertThrows(ContractValidationException.class,
                () -> apply(suspended, ContractAction.RESUME, "2025-06-02", "retour", null, at("2025-06-10")));
        assertEquals("effectiveDate", sameDay.field());
        assertEquals("la reprise doit suivre le début de la suspension, le 2 juin 2025", sameDay.getMessage());
        ContractValidationException future = assertThrows(ContractValidationException.class,
                () -> apply(suspended, ContractAction.RESUME, "2025-06-11", "retour", null, at("2025-06-10")));
        assertEquals("effectiveDate", future.field());
        assertEquals("la date d'effet ne peut être dans le futur", future.getMessage());
        Contract resumed = apply(suspended, ContractAction.RESUME, "2025-06-03", "retour", null, at("2025-06-10"))
                .after();
        assertEquals(List.of(new Suspension(LocalDate.parse("2025-06-02"), LocalDate.parse("2025-06-02"))),
                resumed.suspensions());
    }
}
