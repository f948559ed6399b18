package fr.assistantmedical.rules;

/** Which rule sets the objective. */
public enum ObjectiveBasis {
    /** An increase by starting percentile band and option. */
    PERCENTILE_BAND,
    /** Doctors aged 65 or more only maintain their patientèle, within a tolerance. */
    MAINTAIN,
    /** Newly installed doctors reach their specialty's median within a few years. */
    NEWLY_INSTALLED
}
