package fr.assistantmedical.contract.core;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of a contract's append-only log, as recorded.
 *
 * @param before the recorded {@link Snapshot} before the event, as JSON; null for the signature
 */
public record LoggedEvent(long sequence, Instant occurredAt, String actor, String type, LocalDate effectiveDate,
        String reason, String before, String after) {
}
