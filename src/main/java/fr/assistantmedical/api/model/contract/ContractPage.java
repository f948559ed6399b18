package fr.assistantmedical.api.model.contract;

import fr.assistantmedical.contract.core.ContractStatus;
import fr.assistantmedical.rules.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ContractPage(List<Summary> items, String nextCursor) {

    public record Summary(UUID id, String rpps, String cpamCode, String specialty, Option option, LocalDate signedOn,
            String regime, ContractStatus status, long version) {
    }
}
