package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.Rulebook;
import java.time.Instant;
import java.time.LocalDate;

/** What a rule needs beyond the contract: the law in force, today, the instant of the change and who asks. */
public record Context(Rulebook rulebook, LocalDate today, Instant now, String actor) {
}
