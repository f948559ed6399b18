package fr.assistantmedical.campaign.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A campaign of one CPAM: the doctors its délégués visit.
 *
 * @param asOf the reference date of the simulations (the signature date a doctor would have)
 */
public record Campaign(UUID id, long seq, String cpamCode, String name, LocalDate asOf, Instant createdAt,
        String createdBy) {
}
