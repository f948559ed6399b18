package fr.assistantmedical.rules;

import java.time.LocalDate;

/**
 * A conventional text that governs the aid from {@code from} until the next regime starts.
 *
 * @param takesRunningContractsAtAnniversary contracts signed under an earlier regime switch to this
 *        regime's amounts from their first anniversary on or after {@code from}
 */
public record Regime(String code, String label, LocalDate from, boolean takesRunningContractsAtAnniversary,
        Source source, Certainty certainty, LocalDate verified, String note) {
}
