package fr.assistantmedical.contract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One engagement at a time per doctor, whatever its kind. */
class ExclusivityTest {

    private static final LocalDate FROM = LocalDate.parse("2025-03-01");
    private static final LocalDate TO = LocalDate.parse("2030-02-28");

    private static Engagement engagement(Engagement.Kind kind, String from, String to) {
        return new Engagement(UUID.randomUUID(), kind, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void engagementsThatOverlapAreInTheWayThoseBeforeOrAfterAreNot() {
        Engagement before = engagement(Engagement.Kind.INDIVIDUAL, "2019-09-01", "2025-02-28");
        Engagement after = engagement(Engagement.Kind.INDIVIDUAL, "2030-03-01", null);
        assertEquals(Optional.empty(), Exclusivity.inTheWay(List.of(before, after), FROM, TO));
        Engagement endsOnTheFirstDay = engagement(Engagement.Kind.INDIVIDUAL, "2020-03-01", "2025-03-01");
        Engagement startsOnTheLastDay = engagement(Engagement.Kind.INDIVIDUAL, "2030-02-28", null);
        assertEquals(Optional.of(endsOnTheFirstDay), Exclusivity.inTheWay(List.of(startsOnTheLastDay,
                endsOnTheFirstDay), FROM, TO));
        assertEquals(Optional.of(startsOnTheLastDay), Exclusivity.inTheWay(List.of(startsOnTheLastDay), FROM, TO));
    }

    @Test
    void aCollectiveMembershipIsAnEngagementToo() {
        Engagement member = engagement(Engagement.Kind.COLLECTIVE, "2026-01-01", null);
        DoctorEngagedException e = assertThrows(DoctorEngagedException.class,
                () -> Exclusivity.check(List.of(member), FROM, TO));
        assertTrue(e.getMessage().contains("(contrat collectif), du 1er janvier 2026 :"), e.getMessage());
    }
}
