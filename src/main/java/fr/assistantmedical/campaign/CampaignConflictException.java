package fr.assistantmedical.campaign;

/** A request that contradicts what is recorded; {@code type} names the problem. */
public class CampaignConflictException extends RuntimeException {

    private final String type;
    private final int status;

    public CampaignConflictException(String type, int status, String message) {
        super(message);
        this.type = type;
        this.status = status;
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }
}
