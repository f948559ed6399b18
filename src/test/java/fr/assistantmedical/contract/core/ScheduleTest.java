package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.Fixtures.at;
import static fr.assistantmedical.contract.core.Fixtures.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.ParameterNames;
import fr.assistantmedical.rules.ParameterType;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Rulebooks;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The years as they stand after each change: cut at the end, days of aid, amounts due kept or computed again. */
class ScheduleTest {

    /** Signed 2021-06-01 (avenant 7, half time), hired 2021-06-15, objective +225 MT and +180 FA set by the CPAM. */
    private static Contract contract() {
        Contract active = Fixtures.activated(Fixtures.withoutObjective("2021-06-01"), "2021-06-15");
        return ObjectiveRules.set(active, new Commands.SetObjective(1425, 1980, null), at("2021-07-01")).after();
    }

    /**
     * The year-1 maximum of a half time under the avenant 7 is 18 000 € [OFFICIAL] ameli, « ce qui change dès
     * juin 2024 », column « avant », rules-research.md §3.1:
     * https://www.ameli.fr/medecin/actualites/aide-l-emploi-d-un-assistant-medical-ce-qui-change-des-juin-2024
     * Its proration by days with an assistant is the service's stated convention
     * (README, "No aid without an assistant", PROVISIONAL), not a source: 18 000 € × 351 / 365 = 17 309,59 €
     * (hired 2021-06-15 in the year from 2021-06-01), then × 209 / 365 = 10 306,85 €.
     */
    @Test
    void aReviewedYearWhoseDaysChangeIsDueAgainForItsDays() {
        Contract reviewed = review(contract(), 1, 1300, 1850, null, at("2022-06-10")).change().after();
        assertEquals(new BigDecimal("17309.59"), reviewed.year(1).orElseThrow().amountDue());
        // A suspension from 2022-01-10, recorded late: year 1 keeps 209 days with an assistant, of 365.
        Contract suspended = Fixtures.transition(reviewed, ContractAction.SUSPEND, "2022-01-10", at("2022-06-20"));
        ContractYear year1 = suspended.year(1).orElseThrow();
        assertEquals(209, year1.daysDue());
        assertEquals(new BigDecimal("10306.85"), year1.amountDue());
    }

    @Test
    void aReviewedYearWhoseDaysDoNotChangeKeepsTheAmountItWasGiven() {
        Contract reviewed = review(contract(), 3, 1300, 1850, null, at("2024-06-10")).change().after();
        BigDecimal given = reviewed.year(3).orElseThrow().amountDue();
        // The next change is made under a rulebook whose modulation pays only a reached objective: the
        // review of year 3, whose days are the same, keeps what it gave.
        Rulebook allOrNothing = Rulebooks.withValue(Fixtures.RULEBOOK, ParameterNames.REVIEW_MODULATION,
                "ALL_OR_NOTHING");
        Contract suspended = Fixtures.transition(reviewed, ContractAction.SUSPEND, "2024-07-01",
                Fixtures.at(allOrNothing, "2024-07-01"));
        assertEquals(given, suspended.year(3).orElseThrow().amountDue());
        assertEquals(new BigDecimal("0.00"), Reviews.assess(suspended, suspended.year(3).orElseThrow(),
                Schedule.objectiveClock(suspended, allOrNothing), 1300, 1850, allOrNothing).amountDue());
    }

    @Test
    void aContractEndedBeforeItsFirstYearKeepsThatYear() {
        // Years counted from the hire (2021-07-01); the contract ends on 2021-06-20, before it.
        Rulebook fromHire = Fixtures.with(Fixtures.parameter(LawParameters.FIRST_YEAR_START, ParameterType.INDICATOR,
                "HIRE", Certainty.OFFICIAL));
        Contract signed = Fixtures.sign(Fixtures.withoutObjective("2021-06-01"), Fixtures.at(fromHire, "2021-06-01"));
        Contract active = Fixtures.transition(signed, ContractAction.ACTIVATE, "2021-07-01",
                Fixtures.at(fromHire, "2021-07-02"));
        Contract ended = Fixtures.transition(active, ContractAction.TERMINATE, "2021-06-20",
                Fixtures.at(fromHire, "2021-07-02"));
        assertEquals(1, ended.years().size());
        ContractYear year1 = ended.year(1).orElseThrow();
        assertEquals(LocalDate.parse("2021-07-01"), year1.from());
        assertEquals(0, year1.daysDue());
        ContractView view = ContractView.of(ended, LocalDate.parse("2021-07-02"));
        assertEquals(0, view.currentYear());
        assertNull(view.nextAnniversary(), "no anniversary after the end");
    }

    @Test
    void aRowTheTableDoesNotHaveIsRefused() {
        assertEquals("amount row year4", assertThrows(IllegalArgumentException.class, () -> Schedule.row("year4"))
                .getMessage());
    }
}
