package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A group asking for a collective contract on a date.
 *
 * @param etp the full-time equivalents of assistant asked for; null when only the ceiling is wanted
 * @param members the adhering doctors (a partner who stays out is not listed)
 */
public record CollectiveProfile(LocalDate asOf, StructureType structureType, BigDecimal etp,
        List<CollectiveMember> members) {

    public CollectiveProfile {
        members = List.copyOf(members);
    }
}
