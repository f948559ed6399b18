package fr.assistantmedical.contract.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One aid contract at a time per doctor, individual or collective: no two engagements may overlap. */
public final class Exclusivity {

    private Exclusivity() {
    }

    /** The engagement in the way of a new one from {@code from} to {@code to}, the earliest if several. */
    public static Optional<Engagement> inTheWay(List<Engagement> engagements, LocalDate from, LocalDate to) {
        return engagements.stream().filter(e -> e.overlaps(from, to)).min(Comparator.comparing(Engagement::from));
    }

    /** @throws DoctorEngagedException naming the engagement in the way */
    public static void check(List<Engagement> engagements, LocalDate from, LocalDate to) {
        inTheWay(engagements, from, to).ifPresent(e -> {
            throw new DoctorEngagedException(e);
        });
    }
}
