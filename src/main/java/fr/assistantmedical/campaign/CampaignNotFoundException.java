package fr.assistantmedical.campaign;

/** No such campaign or target for the caller's CPAM: the same answer whether it exists elsewhere or not. */
public class CampaignNotFoundException extends RuntimeException {

    public CampaignNotFoundException(String message) {
        super(message);
    }
}
