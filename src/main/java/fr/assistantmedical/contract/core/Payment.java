package fr.assistantmedical.contract.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment of aid for a contract year; its reference is unique per contract, so it counts once. */
public record Payment(UUID id, UUID contractId, int contractYear, BigDecimal amount, LocalDate paidOn,
        String reference, Instant createdAt, String createdBy) {

    /** Whether a request with that reference is this payment again (a retry) rather than another one. */
    public boolean sameAs(int year, BigDecimal requestedAmount) {
        return contractYear == year && amount.compareTo(requestedAmount) == 0;
    }
}
