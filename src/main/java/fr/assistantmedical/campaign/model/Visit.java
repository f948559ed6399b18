package fr.assistantmedical.campaign.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A délégué's visit to a doctor, and the follow-up it scheduled (null when the doctor has no e-mail). */
public record Visit(UUID id, String rpps, LocalDate visitedOn, VisitOutcome outcome, String note, Instant recordedAt,
        String recordedBy, FollowUp followUp) {
}
