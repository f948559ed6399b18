package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Payments: dated on or before today, never above what the year can give, counted once. */
class PaymentsTest {

    private static final Contract ACTIVE = Fixtures.activated(Fixtures.gp2024("2025-03-01"), "2025-03-20");

    private static Payments.Outcome pay(Contract c, int year, String amount, String paidOn, String reference,
            Payment existing, String today) {
        return Payments.pay(c, new Commands.Payment(year, new BigDecimal(amount), LocalDate.parse(paidOn), reference),
                existing, at(today));
    }

    @Test
    void aPaymentAddsToTheYearAndIsLogged() {
        Payments.Outcome outcome = pay(ACTIVE, 1, "8400.00", "2025-04-01", "VIR-1", null, "2025-04-02");
        assertEquals(new BigDecimal("8400.00"), outcome.change().after().year(1).orElseThrow().amountPaid());
        assertEquals("PAYMENT_RECORDED", outcome.change().event().type());
        assertEquals("Paiement VIR-1 de 8\u00a0400,00\u00a0€", outcome.change().event().reason());
        assertEquals(LocalDate.parse("2025-04-01"), outcome.change().event().effectiveDate());
    }

    @Test
    void aPaymentInTheFutureOrBeforeTheSignatureIsRefused() {
        assertEquals("paidOn", assertThrows(ContractValidationException.class,
                () -> pay(ACTIVE, 1, "100", "2025-04-03", "VIR-1", null, "2025-04-02")).field());
        assertEquals("paidOn", assertThrows(ContractValidationException.class,
                () -> pay(ACTIVE, 1, "100", "2025-02-01", "VIR-1", null, "2025-04-02")).field());
        assertEquals("contractYear", assertThrows(ContractValidationException.class,
                () -> pay(ACTIVE, 2, "100", "2025-04-01", "VIR-1", null, "2025-04-02")).field());
    }

    @Test
    void beforeItsReviewAYearIsPaidUpToItsCeilingThenUpToItsAidDue() {
        // 19 000 € × 346 / 365 days with an assistant.
        assertEquals(new BigDecimal("18010.96"), ACTIVE.year(1).orElseThrow().aidCeiling());
        ContractConflictException above = assertThrows(ContractConflictException.class,
                () -> pay(ACTIVE, 1, "18010.97", "2025-04-01", "VIR-1", null, "2025-04-02"));
        assertEquals("payment-exceeds-aid", above.type());
        assertEquals("Ce paiement porterait le total versé pour l'année 1 à 18\u00a0010,97\u00a0€, au-delà de l'aide "
                + "maximale pour ses jours d'aide (18\u00a0010,96\u00a0€).", above.getMessage());
        assertTrue(pay(ACTIVE, 1, "18010.96", "2025-04-01", "VIR-1", null, "2025-04-02").change().changed());
    }

    @Test
    void theSameReferenceAgainIsTheSamePaymentOrAConflict() {
        Payments.Outcome first = pay(ACTIVE, 1, "100.00", "2025-04-01", "VIR-1", null, "2025-04-02");
        Payments.Outcome again = pay(first.change().after(), 1, "100", "2025-04-01", "VIR-1", first.payment(),
                "2025-04-03");
        assertTrue(again.replayed());
        assertFalse(again.change().changed());
        assertEquals("payment-reference-exists", assertThrows(ContractConflictException.class,
                () -> pay(first.change().after(), 1, "200", "2025-04-01", "VIR-1", first.payment(), "2025-04-03"))
                .type());
    }

    @Test
    void nothingIsPaidOnAContractNeverActivated() {
        Contract signed = Fixtures.sign(Fixtures.gp2024("2025-03-01"), at("2025-03-01"));
        assertEquals("not-activated", assertThrows(ContractConflictException.class,
                () -> pay(signed, 1, "100", "2025-04-01", "VIR-1", null, "2025-04-02")).type());
    }
}
