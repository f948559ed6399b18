package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.Option;
import java.time.LocalDate;
import java.util.UUID;

/** A line of the contract list. */
public record ContractSummary(UUID id, String rpps, String cpamCode, String specialty, Option option,
        LocalDate signedOn, String regime, ContractStatus status, long version) {
}
