package fr.assistantmedical.batch;

/** A CSV batch whose header cannot be read: nothing is simulated. */
public class BatchHeaderException extends RuntimeException {

    public BatchHeaderException(String message) {
        super(message);
    }
}
