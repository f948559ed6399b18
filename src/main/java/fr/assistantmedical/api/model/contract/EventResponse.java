package fr.assistantmedical.api.model.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;

public record EventResponse(long sequence, Instant occurredAt, String actor, String type, LocalDate effectiveDate,
        String reason, JsonNode before, JsonNode after) {
}
