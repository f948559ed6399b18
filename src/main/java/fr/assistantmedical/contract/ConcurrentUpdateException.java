package fr.assistantmedical.contract;

/** Another transaction changed the contract between its reading and this change. */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException() {
        super("The contract was changed concurrently");
    }
}
