package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A contract's whole view after a history of changes: the calendar (current year, next anniversary),
 * each year's dates, days of aid, ceiling, aid due, paid and overpaid, the current review and the ones
 * it replaced, the totals, the actions open and every warning, word for word. Each history is a few
 * changes made through the core's functions, as the service makes them.
 */
class ContractHistoriesTest {

    /** The view as lines: what a person reads on GET /api/v1/contracts/{id}. */
    static List<String> lines(ContractView v) {
        List<String> out = new ArrayList<>();
        out.add(v.contract().status() + " year=" + v.currentYear() + " next=" + v.nextAnniversary() + " provisional="
                + v.provisional() + " actions=" + v.allowedActions());
        ContractView.Totals t = v.totals();
        out.add("totals max=" + t.maxAid() + " ceiling=" + t.aidCeiling() + " due=" + t.amountDue() + " paid="
                + t.amountPaid() + " overpaid=" + t.overpaid());
        for (ContractView.YearView y : v.years()) {
            ContractYear c = y.year();
            out.add("Y" + c.number() + " " + c.from() + ".." + c.to() + " " + c.daysDue() + "/" + c.yearDays() + " max="
                    + c.maxAid() + " ceiling=" + c.aidCeiling() + " due=" + c.amountDue() + " paid=" + c.amountPaid()
                    + " overpaid=" + y.overpaid() + " checked=" + c.objectiveChecked()
                    + (y.review() == null ? "" : " review=" + review(y.review()))
                    + (y.previousReviews().isEmpty() ? "" : " replaced=" + y.previousReviews().stream()
                            .map(ContractHistoriesTest::review).collect(Collectors.joining(" "))));
        }
        v.warnings().forEach(w -> out.add("W " + w.code() + " " + w.contractYear() + " " + w.parameter() + " | "
                + w.message()));
        return out;
    }

    private static String review(Review r) {
        return "r" + r.revision() + "[" + r.patientsMt() + "/" + r.patientsFileActive() + " " + r.achievement() + " "
                + r.amountDue() + " " + r.daysDue() + "/" + r.daysChecked() + "]";
    }

    private static final Contract SET = ObjectiveRules.set(
            Fixtures.activated(Fixtures.withoutObjective("2021-06-01"), "2021-06-15"),
            new Commands.SetObjective(1425, 1980, null), at("2021-07-01")).after();

    private static Contract pay(Contract c, int year, String amount, String on, String reference) {
        return Payments.pay(c, new Commands.Payment(year, new BigDecimal(amount), LocalDate.parse(on), reference), null,
                at(on)).change().after();
    }

    private static void check(List<String> expected, Contract c, String today) {
        assertEquals(String.join("\n", expected), String.join("\n", lines(ContractView.of(c, LocalDate.parse(today)))));
    }

    @Test
    void signedAndNotYetActivated() {
        Contract signed = Fixtures.sign(Fixtures.withoutObjective("2021-06-01"), at("2021-06-01"));
        check(List.of(
                "SIGNED year=1 next=2022-06-01 provisional=true actions=[ACTIVATE, TERMINATE]",
                "totals max=63500.00 ceiling=0.00 due=0.00 paid=0.00 overpaid=0.00",
                "Y1 2021-06-01..2022-05-31 0/365 max=18000.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y2 2022-06-01..2023-05-31 0/365 max=13500.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y3 2023-06-01..2024-05-31 0/366 max=10500.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y4 2024-06-01..2025-05-31 0/365 max=10500.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y5 2025-06-01..2026-05-31 0/365 max=11000.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "W PROVISIONAL_VALUE null objectives.increase.HALF_TIME.P50_P70 | Objectif d'augmentation — option 1/2 ETP, patientèle entre P50 et P70 : valeur inconnue. Introuvable dans les sources lisibles : seules les bornes de la fourchette de l'option sont publiées.",
                "W OBJECTIVE_TO_SET null null | Objectif à fixer : la caisse fixe l'objectif de patientèle du contrat ; sans lui, l'aide à partir de l'année 3 (1er juin 2023) ne peut être calculée."), signed, "2021-06-02");
    }

    @Test
    void activatedWithTheObjectiveStillToSet() {
        Contract c = Fixtures.activated(Fixtures.withoutObjective("2021-06-01"), "2021-09-15");
        check(List.of(
                "ACTIVE year=2 next=2023-06-01 provisional=true actions=[SUSPEND, TERMINATE]",
                "totals max=63500.00 ceiling=58272.60 due=0.00 paid=0.00 overpaid=0.00",
                "Y1 2021-06-01..2022-05-31 259/365 max=18000.00 ceiling=12772.60 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y2 2022-06-01..2023-05-31 365/365 max=13500.00 ceiling=13500.00 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y3 2023-06-01..2024-05-31 366/366 max=10500.00 ceiling=10500.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y4 2024-06-01..2025-05-31 365/365 max=10500.00 ceiling=10500.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y5 2025-06-01..2026-05-31 365/365 max=11000.00 ceiling=11000.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "W PROVISIONAL_VALUE null objectives.increase.HALF_TIME.P50_P70 | Objectif d'augmentation — option 1/2 ETP, patientèle entre P50 et P70 : valeur inconnue. Introuvable dans les sources lisibles : seules les bornes de la fourchette de l'option sont publiées.",
                "W OBJECTIVE_TO_SET null null | Objectif à fixer : la caisse fixe l'objectif de patientèle du contrat ; sans lui, l'aide à partir de l'année 3 (1er juin 2023) ne peut être calculée.",
                "W PRORATED 1 null | Année 1 : 259 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source)."), c, "2022-10-01");
    }

    @Test
    void reviewedCorrectedPaidAndOverpaid() {
        Contract c = Fixtures.review(SET, 1, 1300, 1850, null, at("2022-06-10")).change().after();
        c = pay(c, 1, "10000.00", "2022-06-20", "VIR-1");
        c = Fixtures.review(c, 3, 1350, 1980, null, at("2024-06-10")).change().after();
        c = pay(c, 3, "7000.00", "2024-06-20", "VIR-3");
        // A count corrected downwards after the payment: the aid due falls under what was paid.
        c = Fixtures.review(c, 3, 1300, 1980, "comptage corrigé", at("2024-06-25")).change().after();
        check(List.of(
                "ACTIVE year=4 next=2025-06-01 provisional=true actions=[SUSPEND, TERMINATE]",
                "totals max=63500.00 ceiling=62809.59 due=21976.26 paid=17000.00 overpaid=2333.33",
                "Y1 2021-06-01..2022-05-31 351/365 max=18000.00 ceiling=17309.59 due=17309.59 paid=10000.00 overpaid=0.00 checked=false review=r1[1300/1850 null 17309.59 351/0]",
                "Y2 2022-06-01..2023-05-31 365/365 max=13500.00 ceiling=13500.00 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y3 2023-06-01..2024-05-31 366/366 max=10500.00 ceiling=10500.00 due=4666.67 paid=7000.00 overpaid=2333.33 checked=true review=r2[1300/1980 0.4444 4666.67 366/366] replaced=r1[1350/1980 0.6667 7000.00 366/366]",
                "Y4 2024-06-01..2025-05-31 365/365 max=10500.00 ceiling=10500.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y5 2025-06-01..2026-05-31 365/365 max=11000.00 ceiling=11000.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "W PROVISIONAL_VALUE null objectives.increase.HALF_TIME.P50_P70 | Objectif d'augmentation — option 1/2 ETP, patientèle entre P50 et P70 : valeur inconnue. Introuvable dans les sources lisibles : seules les bornes de la fourchette de l'option sont publiées.",
                "W PRORATED 1 null | Année 1 : 351 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source).",
                "W OVERPAID 3 null | Année 3 : 7 000,00 € versés pour 4 666,67 € dus, soit un trop-versé de 2 333,33 €."), c, "2024-07-01");
    }

    @Test
    void suspendedThenResumedThenSuspendedAgain() {
        Contract c = Fixtures.transition(SET, ContractAction.SUSPEND, "2022-01-10", at("2022-01-10"));
        c = Fixtures.transition(c, ContractAction.RESUME, "2022-03-01", at("2022-03-01"));
        c = Fixtures.transition(c, ContractAction.SUSPEND, "2023-02-01", at("2023-02-01"));
        check(List.of(
                "SUSPENDED year=2 next=2023-06-01 provisional=true actions=[RESUME, TERMINATE]",
                "totals max=63500.00 ceiling=23905.48 due=0.00 paid=0.00 overpaid=0.00",
                "Y1 2021-06-01..2022-05-31 301/365 max=18000.00 ceiling=14843.84 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y2 2022-06-01..2023-05-31 245/365 max=13500.00 ceiling=9061.64 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y3 2023-06-01..2024-05-31 0/366 max=10500.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y4 2024-06-01..2025-05-31 0/365 max=10500.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y5 2025-06-01..2026-05-31 0/365 max=11000.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "W PROVISIONAL_VALUE null objectives.increase.HALF_TIME.P50_P70 | Objectif d'augmentation — option 1/2 ETP, patientèle entre P50 et P70 : valeur inconnue. Introuvable dans les sources lisibles : seules les bornes de la fourchette de l'option sont publiées.",
                "W SUSPENDED null null | Suspendu du 10 janvier 2022 au 28 février 2022 : ni aide ni objectif pendant la suspension (règle provisoire, faute de source).",
                "W SUSPENDED null null | Suspendu depuis le 1er février 2023 : ni aide ni objectif pendant la suspension (règle provisoire, faute de source).",
                "W PRORATED 1 null | Année 1 : 301 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source).",
                "W PRORATED 2 null | Année 2 : 245 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source).",
                "W PRORATED 3 null | Année 3 : 0 jours d'aide sur 366, aide proratisée par jours (règle provisoire, faute de source).",
                "W PRORATED 4 null | Année 4 : 0 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source).",
                "W PRORATED 5 null | Année 5 : 0 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source)."), c, "2023-02-02");
    }

    @Test
    void terminatedByTheCpamInYearTwo() {
        Contract c = Fixtures.transition(SET, ContractAction.TERMINATE, "2022-09-30", at("2022-09-01"));
        check(List.of(
                "TERMINATED year=2 next=null provisional=true actions=[]",
                "totals max=31500.00 ceiling=21821.92 due=0.00 paid=0.00 overpaid=0.00",
                "Y1 2021-06-01..2022-05-31 351/365 max=18000.00 ceiling=17309.59 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y2 2022-06-01..2022-09-30 122/365 max=13500.00 ceiling=4512.33 due=null paid=0.00 overpaid=0.00 checked=false",
                "W PROVISIONAL_VALUE null objectives.increase.HALF_TIME.P50_P70 | Objectif d'augmentation — option 1/2 ETP, patientèle entre P50 et P70 : valeur inconnue. Introuvable dans les sources lisibles : seules les bornes de la fourchette de l'option sont publiées.",
                "W PRORATED 1 null | Année 1 : 351 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source).",
                "W PRORATED 2 null | Année 2 : 122 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source)."), c, "2022-09-01");
        check(List.of(
                "TERMINATED year=2 next=null provisional=true actions=[]",
                "totals max=31500.00 ceiling=21821.92 due=0.00 paid=0.00 overpaid=0.00",
                "Y1 2021-06-01..2022-05-31 351/365 max=18000.00 ceiling=17309.59 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y2 2022-06-01..2022-09-30 122/365 max=13500.00 ceiling=4512.33 due=null paid=0.00 overpaid=0.00 checked=false",
                "W PROVISIONAL_VALUE null objectives.increase.HALF_TIME.P50_P70 | Objectif d'augmentation — option 1/2 ETP, patientèle entre P50 et P70 : valeur inconnue. Introuvable dans les sources lisibles : seules les bornes de la fourchette de l'option sont publiées.",
                "W PRORATED 1 null | Année 1 : 351 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source).",
                "W PRORATED 2 null | Année 2 : 122 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source)."), c, "2023-01-01");
    }

    @Test
    void expiredAtItsTermAndLapsedWithoutAHire() {
        Contract expired = Transitions.atTerm(SET, at("2026-06-15")).after();
        check(List.of(
                "EXPIRED year=5 next=null provisional=true actions=[RENEW]",
                "totals max=63500.00 ceiling=62809.59 due=0.00 paid=0.00 overpaid=0.00",
                "Y1 2021-06-01..2022-05-31 351/365 max=18000.00 ceiling=17309.59 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y2 2022-06-01..2023-05-31 365/365 max=13500.00 ceiling=13500.00 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y3 2023-06-01..2024-05-31 366/366 max=10500.00 ceiling=10500.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y4 2024-06-01..2025-05-31 365/365 max=10500.00 ceiling=10500.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y5 2025-06-01..2026-05-31 365/365 max=11000.00 ceiling=11000.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "W PROVISIONAL_VALUE null objectives.increase.HALF_TIME.P50_P70 | Objectif d'augmentation — option 1/2 ETP, patientèle entre P50 et P70 : valeur inconnue. Introuvable dans les sources lisibles : seules les bornes de la fourchette de l'option sont publiées.",
                "W PRORATED 1 null | Année 1 : 351 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source)."), expired, "2026-06-15");
        Contract lapsed = Transitions.atTerm(Fixtures.sign(Fixtures.withoutObjective("2021-06-01"), at("2021-06-01")),
                at("2026-06-02")).after();
        check(List.of(
                "LAPSED year=5 next=null provisional=true actions=[]",
                "totals max=63500.00 ceiling=0.00 due=0.00 paid=0.00 overpaid=0.00",
                "Y1 2021-06-01..2022-05-31 0/365 max=18000.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y2 2022-06-01..2023-05-31 0/365 max=13500.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y3 2023-06-01..2024-05-31 0/366 max=10500.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y4 2024-06-01..2025-05-31 0/365 max=10500.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y5 2025-06-01..2026-05-31 0/365 max=11000.00 ceiling=0.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "W PROVISIONAL_VALUE null objectives.increase.HALF_TIME.P50_P70 | Objectif d'augmentation — option 1/2 ETP, patientèle entre P50 et P70 : valeur inconnue. Introuvable dans les sources lisibles : seules les bornes de la fourchette de l'option sont publiées."), lapsed, "2026-06-02");
    }

    @Test
    void aContractOf2024HiredLateIsProrated() {
        Contract c = Fixtures.activated(Fixtures.gp2024("2025-03-01"), "2025-04-15");
        check(List.of(
                "ACTIVE year=1 next=2026-03-01 provisional=true actions=[SUSPEND, TERMINATE]",
                "totals max=66000.00 ceiling=63657.53 due=0.00 paid=0.00 overpaid=0.00",
                "Y1 2025-03-01..2026-02-28 320/365 max=19000.00 ceiling=16657.53 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y2 2026-03-01..2027-02-28 365/365 max=14000.00 ceiling=14000.00 due=null paid=0.00 overpaid=0.00 checked=false",
                "Y3 2027-03-01..2028-02-29 366/366 max=11000.00 ceiling=11000.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y4 2028-03-01..2029-02-28 365/365 max=11000.00 ceiling=11000.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "Y5 2029-03-01..2030-02-28 365/365 max=11000.00 ceiling=11000.00 due=null paid=0.00 overpaid=0.00 checked=true",
                "W PROVISIONAL_VALUE null objectives.indicators.MEDECINE_GENERALE | Indicateurs de l'objectif des médecins généralistes : valeur provisoire. La condition cumulative (patientèle médecin traitant et file active) « concerne principalement les anciens contrats » : la règle des contrats signés depuis 2023 est introuvable dans les sources lisibles.",
                "W PROVISIONAL_VALUE null objectives.increase.HALF_TIME | Barème de l'objectif de l'option mi-temps : inconnu à cette date. Barème de la convention 2024 (annexe au Journal officiel du 21 juin 2024) introuvable dans les sources lisibles : la CPAM communique l'objectif.",
                "W PRORATED 1 null | Année 1 : 320 jours d'aide sur 365, aide proratisée par jours (règle provisoire, faute de source)."), c, "2025-05-01");
    }
}
