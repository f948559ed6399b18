package fr.assistantmedical.campaign.model;

import java.time.Instant;
import java.util.UUID;

/**
 * The follow-up e-mail of a visit, as its outbox row stands.
 *
 * @param lastError why the last try failed, in French, or null
 */
public record FollowUp(UUID id, UUID visitId, String recipient, FollowUpStatus status, Instant dueAt,
        Instant nextAttemptAt, int attempts, String lastError, Instant sentAt) {
}
