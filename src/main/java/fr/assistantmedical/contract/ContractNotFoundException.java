package fr.assistantmedical.contract;

import java.util.UUID;

/** No contract with that id, or none the caller may see: both answer 404. */
public class ContractNotFoundException extends RuntimeException {

    public ContractNotFoundException(UUID id) {
        super("No contract " + id);
    }
}
