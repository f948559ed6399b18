package fr.assistantmedical.rules;

/** Which rule sets the objective. */
public enum ObjectiveBasis {
    /** An increase by starting percentile band and option. */
    PERCENTILE_BAND("augmentation selon la tranche de patientèle de départ"),
    /** Doctors aged 65 or more only maintain their patientèle, within a tolerance. */
    MAINTAIN("maintien de la patientèle"),
    /** Newly installed doctors reach their specialty's median within a few years. */
    NEWLY_INSTALLED("médiane de la spécialité à atteindre (médecin nouvellement installé)"),
    /** The objective the CPAM communicated: the commitment of the contract. */
    CPAM_TARGETS("objectif communiqué par la CPAM");

    private final String label;

    ObjectiveBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
