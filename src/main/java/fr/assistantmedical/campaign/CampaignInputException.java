package fr.assistantmedical.campaign;

/** A request field the campaign cannot accept, named for the caller. */
public class CampaignInputException extends RuntimeException {

    private final String field;

    public CampaignInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
