package fr.assistantmedical.campaign.model;

import java.time.Instant;
import java.util.UUID;

/** One file imported into a campaign; {@code finishedAt} is null while it runs or if it was interrupted. */
public record ImportRecord(UUID id, String format, int lines, int imported, int rejected, String rulebookVersion,
        Instant startedAt, Instant finishedAt, String importedBy) {
}
