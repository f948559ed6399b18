package fr.assistantmedical.api.model.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.assistantmedical.contract.core.ContractStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A page of the change feed and the cursor of the next one. */
public record ContractEventPage(List<Item> items, String nextCursor) {

    /** An event of a contract, with the contract's status and version after it. */
    public record Item(UUID contractId, String type, Instant occurredAt, LocalDate effectiveDate, String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) String actor, ContractStatus status, long version) {
    }
}
