package fr.assistantmedical.contract.core;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A period during which a doctor is bound by an aid contract, individual or as a member of a
 * collective one.
 *
 * @param to the last day, null while open-ended
 */
public record Engagement(UUID contractId, Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        INDIVIDUAL,
        COLLECTIVE
    }

    boolean overlaps(LocalDate start, LocalDate end) {
        return !from.isAfter(end) && (to == null || !to.isBefore(start));
    }
}
