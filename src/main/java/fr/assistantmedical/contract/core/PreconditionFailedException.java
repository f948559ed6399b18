package fr.assistantmedical.contract.core;

/** If-Match named a version that is no longer the current one. */
public class PreconditionFailedException extends RuntimeException {

    private final long currentVersion;

    public PreconditionFailedException(long currentVersion) {
        super("The contract is at version " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
