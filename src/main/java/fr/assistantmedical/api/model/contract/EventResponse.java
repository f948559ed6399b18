package fr.assistantmedical.api.model.contract;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;

/** {@code before} and {@code after} are the snapshots as the service logged them, JSON written as is. */
public record EventResponse(long sequence, Instant occurredAt, String actor, String type, LocalDate effectiveDate,
        String reason, @JsonRawValue String before, @JsonRawValue String after) {
}
