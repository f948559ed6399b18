package fr.assistantmedical.contract.core;

import static fr.assistantmedical.rules.Text.date;

/** The doctor is already bound, over the same period, by the contract it names. */
public class DoctorEngagedException extends RuntimeException {

    private final transient Engagement engagement;

    public DoctorEngagedException(Engagement engagement) {
        super("Le médecin est déjà engagé sur cette période par le contrat " + engagement.contractId()
                + (engagement.kind() == Engagement.Kind.COLLECTIVE ? " (contrat collectif)" : "")
                + ", du " + date(engagement.from())
                + (engagement.to() == null ? "" : " au " + date(engagement.to()))
                + " : un seul contrat d'aide à la fois. Mettre fin à ce contrat avant d'en signer un autre.");
        this.engagement = engagement;
    }

    public Engagement engagement() {
        return engagement;
    }
}
