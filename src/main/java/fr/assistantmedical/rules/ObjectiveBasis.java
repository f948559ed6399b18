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
    CPAM_TARGETS("objectif communiqué par la CPAM"),
    /** The collective contract: the group's counts rise by a number of patients per ETP of assistant. */
    COLLECTIVE_PER_ETP("augmentation collective par ETP d'assistant");

    private final String label;

    ObjectiveBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
