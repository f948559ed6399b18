package fr.assistantmedical.contract.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A contract event as the change feed gives it, at its position in commit order. */
public record FeedEvent(long position, UUID contractId, Instant occurredAt, String actor, String type,
        LocalDate effectiveDate, String reason, String stateAfter) {
}
