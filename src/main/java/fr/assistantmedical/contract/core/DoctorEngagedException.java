package fr.assistantmedical.contract.core;

import static fr.assistantmedical.rules.Text.date;

/** The doctor is already bound, over the same period, by the contract it names. */
public class DoctorEngagedException extends RuntimeException {

    private final transient Engagement engagement;
    private final String rpps;

    public DoctorEngagedException(Engagement engagement) {
        this(engagement, null);
    }

    /** @param rpps the member of a group in the way, named in the message; null for a doctor signing alone */
    public DoctorEngagedException(Engagement engagement, String rpps) {
        super((rpps == null ? "Le médecin" : "Le médecin n° RPPS " + rpps)
                + " est déjà engagé sur cette période par le contrat " + engagement.contractId()
                + (engagement.kind() == Engagement.Kind.COLLECTIVE ? " (contrat collectif)" : "")
                + ", du " + date(engagement.from())
                + (engagement.to() == null ? "" : " au " + date(engagement.to()))
                + (engagement.kind() == Engagement.Kind.COLLECTIVE && engagement.to() != null
                        ? ", délai de carence après la fin du contrat collectif compris" : "")
                + " : un seul contrat d'aide à la fois. Mettre fin à ce contrat avant d'en signer un autre.");
        this.engagement = engagement;
        this.rpps = rpps;
    }

    public String rpps() {
        return rpps;
    }

    public Engagement engagement() {
        return engagement;
    }
}
