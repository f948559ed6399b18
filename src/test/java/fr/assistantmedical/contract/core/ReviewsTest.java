package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.Fixtures.at;
import static fr.assistantmedical.contract.core.Fixtures.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.rules.Warning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reviews: when a year may be reviewed, what is due, corrections and their effect on what was paid. */
class ReviewsTest {

    /** Signed 2021-06-01 (avenant 7, half time), hired 2021-06-15, objective +225 MT and +180 FA set by the CPAM. */
    private static Contract contract() {
        Contract active = Fixtures.activated(Fixtures.withoutObjective("2021-06-01"), "2021-06-15");
        return ObjectiveRules.set(active, new Commands.SetObjective(1425, 1980, null), at("2021-07-01")).after();
    }

    @Test
    void aContractNeverActivatedHasNoYearToReview() {
        Contract signed = Fixtures.sign(Fixtures.withoutObjective("2021-06-01"), at("2021-06-01"));
        ContractConflictException e = assertThrows(ContractConflictException.class,
                () -> review(signed, 1, 1250, 1850, null, at("2022-06-10")));
        assertEquals("not-activated", e.type());
    }

    @Test
    void aYearIsReviewedOnceItHasEnded() {
        Contract c = contract();
        ContractValidationException early = assertThrows(ContractValidationException.class,
                () -> review(c, 1, 1300, 1850, null, at("2022-05-31")));
        assertEquals("contractYear", early.field());
        assertEquals("l'année 1 se termine le 31 mai 2022 : elle pourra être revue à partir du 1er juin 2022",
                early.getMessage());
        assertEquals("contractYear", assertThrows(ContractValidationException.class,
                () -> review(c, 6, 1300, 1850, null, at("2030-06-10"))).field());
        Reviews.Outcome outcome = review(c, 1, 1300, 1850, null, at("2022-06-01"));
        assertEquals("REVIEWED", outcome.change().event().type());
        assertEquals(1, outcome.review().revision());
    }

    @Test
    void yearsBeforeTheObjectiveAreDueForTheirDaysWithAnAssistant() {
        Contract c = review(contract(), 1, 1300, 1850, null, at("2022-06-10")).change().after();
        ContractYear year1 = c.year(1).orElseThrow();
        // 18 000 € × 351 / 365 days: the 14 days before the hire give nothing.
        assertEquals(new BigDecimal("17309.59"), year1.amountDue());
        assertEquals(351, c.currentReview(1).orElseThrow().daysDue());
        assertTrue(c.currentReview(1).orElseThrow().warnings().stream().anyMatch(w -> w.parameter().equals("daysDue")));
        Contract c2 = review(c, 2, 1320, 1900, null, at("2023-06-10")).change().after();
        assertEquals(new BigDecimal("13500.00"), c2.year(2).orElseThrow().amountDue());
        assertTrue(c2.currentReview(2).orElseThrow().warnings().isEmpty());
    }

    @Test
    void theModulatedAidIsExactAndRoundedOnce() {
        // 100 of 225 MT patients, every FA patient: 10 500 € × 100 / 225 = 4 666,666… → 4 666,67 €.
        Reviews.Outcome outcome = review(contract(), 3, 1300, 1980, null, at("2024-06-10"));
        assertEquals(new BigDecimal("4666.67"), outcome.change().after().year(3).orElseThrow().amountDue());
        assertEquals(new BigDecimal("0.4444"), outcome.review().achievement());
        assertEquals(new BigDecimal("1.0000"), outcome.review().achievementFa());
        assertTrue(outcome.review().provisional(), "the prorata modulation is provisional");
    }

    @Test
    void theSameReviewAgainChangesNothingAndAnotherOneNeedsACorrectionReason() {
        Contract c = review(contract(), 3, 1350, 1980, null, at("2024-06-10")).change().after();
        assertEquals(new BigDecimal("7000.00"), c.year(3).orElseThrow().amountDue());
        Reviews.Outcome again = review(c, 3, 1350, 1980, "ignored: same content", at("2024-06-12"));
        assertTrue(again.replayed());
        assertFalse(again.change().changed());
        ContractConflictException exists = assertThrows(ContractConflictException.class,
                () -> review(c, 3, 1300, 1980, null, at("2024-06-12")));
        assertEquals("review-exists", exists.type());
        assertEquals("correctionReason", assertThrows(ContractValidationException.class,
                () -> review(c, 4, 1300, 1980, "rien à corriger", at("2025-06-12"))).field());

        Reviews.Outcome corrected = review(c, 3, 1300, 1980, "Erreur de saisie de la patientèle", at("2024-06-12"));
        Contract after = corrected.change().after();
        assertEquals("REVIEW_CORRECTED", corrected.change().event().type());
        assertEquals("Erreur de saisie de la patientèle", corrected.change().event().reason());
        assertEquals(2, corrected.review().revision());
        assertEquals(new BigDecimal("4666.67"), after.year(3).orElseThrow().amountDue());
        assertEquals(corrected.review(), after.currentReview(3).orElseThrow());
        assertEquals(List.of(c.currentReview(3).orElseThrow()), after.supersededReviews(3));
    }

    @Test
    void aidPaidAboveACorrectedAmountIsAnOverpayment() {
        Contract c = review(contract(), 3, 1350, 1980, null, at("2024-06-10")).change().after();
        c = Payments.pay(c, new Commands.Payment(3, new BigDecimal("7000.00"), LocalDate.parse("2024-06-15"), "V3"),
                null, at("2024-06-20")).change().after();
        c = review(c, 3, 1300, 1980, "Erreur de saisie", at("2024-07-01")).change().after();
        ContractYear year3 = c.year(3).orElseThrow();
        assertEquals(new BigDecimal("2333.33"), year3.overpaid());
        ContractView view = ContractView.of(c, LocalDate.parse("2024-07-01"));
        assertEquals(new BigDecimal("2333.33"), view.totals().overpaid());
        assertTrue(view.warnings().stream().anyMatch(w -> w.code().equals(ContractWarning.OVERPAID)
                && w.message().equals("Année 3 : 7\u00a0000,00\u00a0€ versés pour 4\u00a0666,67\u00a0€ dus, soit un "
                        + "trop-versé de 2\u00a0333,33\u00a0€.")));
    }

    @Test
    void withoutAnObjectiveTheYearsFromThreeCannotBeAssessed() {
        Contract c = Fixtures.activated(Fixtures.withoutObjective("2021-06-01"), "2021-06-15");
        assertEquals(new BigDecimal("17309.59"), review(c, 1, 1300, 1850, null, at("2022-06-10")).change().after()
                .year(1).orElseThrow().amountDue());
        ContractConflictException e = assertThrows(ContractConflictException.class,
                () -> review(c, 3, 1300, 1850, null, at("2024-06-10")));
        assertEquals("objective-unknown", e.type());
    }

    @Test
    void aCountTheObjectiveNeedsIsRequired() {
        assertEquals("patientsMt", assertThrows(ContractValidationException.class,
                () -> review(contract(), 1, null, 1850, null, at("2022-06-10"))).field());
    }

    @Test
    void suspensionsStopTheAidAndTheObjectiveClock() {
        Contract c = Fixtures.transition(contract(), ContractAction.SUSPEND, "2022-09-01", at("2022-09-02"));
        c = Fixtures.transition(c, ContractAction.RESUME, "2022-10-01", at("2022-10-02"));
        // 30 days suspended in year 2: the objective is checked from 2023-07-01, not 2023-06-01.
        assertEquals(LocalDate.parse("2023-07-01"), Schedule.objectiveClock(c, Fixtures.RULEBOOK));
        assertEquals(335, c.year(2).orElseThrow().daysDue());
        Reviews.Outcome year3 = review(c, 3, 1300, 1980, null, at("2024-06-10"));
        assertEquals(336, year3.review().daysChecked());
        // 10 500 € × (30 + 336 × 100/225) / 366 = 5 144,808… → 5 144,81 €
        assertEquals(new BigDecimal("5144.81"), year3.change().after().year(3).orElseThrow().amountDue());
        // A suspension still open stops the clock: nothing is checked until it ends.
        Contract open = Fixtures.transition(contract(), ContractAction.SUSPEND, "2023-05-01", at("2023-05-02"));
        assertNull(Schedule.objectiveClock(open, Fixtures.RULEBOOK));
    }

    @Test
    void aReviewedYearCutByALaterEndIsAssessedAgainFromItsReview() {
        Contract c = review(contract(), 3, 1300, 1980, null, at("2024-06-10")).change().after();
        Contract ended = Transitions.apply(c, new Commands.Transition(ContractAction.TERMINATE,
                LocalDate.parse("2023-11-30"), "fin rétroactive", Commands.Initiator.CPAM, null), at("2024-06-20"))
                .after();
        ContractYear year3 = ended.year(3).orElseThrow();
        assertEquals(183, year3.daysDue());
        // 10 500 € × 183 × 100/225 / 366 = 2 333,33 €
        assertEquals(new BigDecimal("2333.33"), year3.amountDue());
    }

    @Test
    void bothCountsTheObjectiveNeedsAreRequired() {
        assertEquals("patientsFileActive", assertThrows(ContractValidationException.class,
                () -> review(contract(), 1, 1300, null, null, at("2022-06-10"))).field());
    }

    @Test
    void aCorrectionKeepsItsReasonAndAFirstReviewHasNone() {
        Reviews.Outcome first = review(contract(), 3, 1350, 1980, "  ", at("2024-06-10"));
        assertNull(first.review().correctionReason());
        Reviews.Outcome corrected = review(first.change().after(), 3, 1300, 1980, "Erreur de saisie",
                at("2024-06-12"));
        assertEquals("Erreur de saisie", corrected.review().correctionReason());
    }

    @Test
    void beforeTheObjectiveIsCheckedEachIndicatorIsMeasuredButNoneDecides() {
        // Year 1 (avenant 7 table year 1, the objective checked from year 3): 75 of 225 MT patients,
        // 0 of 180 FA patients more; no achievement modulates the aid.
        Review year1 = review(contract(), 1, 1275, 1800, null, at("2022-06-10")).review();
        assertEquals(new BigDecimal("0.3333"), year1.achievementMt());
        assertEquals(new BigDecimal("0.0000"), year1.achievementFa());
        assertNull(year1.achievement());
        assertEquals(0, year1.daysChecked());
        assertEquals(new BigDecimal("17309.59"), year1.amountDue());
    }

    @Test
    void aYearTheContractLacksIsNamedWithTheYearsItHas() {
        assertEquals("le contrat compte 5 années", assertThrows(ContractValidationException.class,
                () -> review(contract(), 6, 1300, 1850, null, at("2027-06-10"))).getMessage());
        Contract ended = Transitions.apply(contract(), new Commands.Transition(ContractAction.TERMINATE,
                LocalDate.parse("2022-12-31"), "départ", Commands.Initiator.CPAM, null), at("2022-12-01")).after();
        assertEquals("le contrat a pris fin le 31 décembre 2022, pendant l'année 2", assertThrows(
                ContractValidationException.class, () -> review(ended, 3, 1300, 1850, null, at("2024-06-10")))
                .getMessage());
        assertEquals("le contrat compte 2 années", assertThrows(ContractValidationException.class,
                () -> review(ended, 0, 1300, 1850, null, at("2024-06-10"))).getMessage());
    }

    @Test
    void aChangeIsMadeOnTheVersionTheCallerRead() {
        Contract c = contract();
        c.requireVersion(null);
        c.requireVersion(java.util.Set.of(c.version()));
        assertEquals(c.version(), assertThrows(PreconditionFailedException.class,
                () -> c.requireVersion(java.util.Set.of(c.version() + 1))).currentVersion());
    }

    /**
     * The service's stated convention (README, "Suspension": the aid and the objective clock stop for a
     * suspension's duration, « suspendre les objectifs », PROVISIONAL), not a source: a checked year with
     * no day under the objective has no achievement measured, and the aid of its days (none) is due.
     */
    @Test
    void aCheckedYearWithoutADayUnderTheObjectiveIsNotMeasured() {
        // Suspended from 2023-01-01 (year 2) and never resumed: the objective clock stops, year 3
        // (2023-06-01 to 2024-05-31, 366 days) has no day with aid and none under the objective.
        Contract suspended = Fixtures.transition(contract(), ContractAction.SUSPEND, "2023-01-01", at("2023-01-01"));
        Review review = review(suspended, 3, 1300, 1850, null, at("2024-06-10")).review();
        assertEquals(0, review.daysDue());
        assertEquals(0, review.daysChecked());
        assertNull(review.achievementMt());
        assertNull(review.achievementFa());
        assertNull(review.achievement());
        assertEquals(new BigDecimal("0.00"), review.amountDue());
        assertEquals(List.of(new Warning("daysDue", "Aide proratisée : 0 jours d'aide sur 366 (avant l'embauche, "
                + "suspension ou fin du contrat). Règle provisoire, faute de source sur la proratisation.")),
                review.warnings());
    }
}
