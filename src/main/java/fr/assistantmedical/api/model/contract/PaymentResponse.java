package fr.assistantmedical.api.model.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record PaymentResponse(UUID id, UUID contractId, int contractYear, BigDecimal amount, LocalDate paidOn,
        String reference, BigDecimal yearAmountPaid, long contractVersion) {
}
