package fr.assistantmedical.campaign.model;

/** What the doctor said at the visit. */
public enum VisitOutcome {
    INTERESTED("intéressé"),
    NOT_INTERESTED("pas intéressé"),
    TO_RECONTACT("à recontacter"),
    WISHES_TO_SIGN("souhaite signer");

    private final String label;

    VisitOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
