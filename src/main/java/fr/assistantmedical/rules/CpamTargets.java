package fr.assistantmedical.rules;

/** The objective the CPAM communicated, in patients; a count left null is not set by the CPAM. */
public record CpamTargets(Integer patientsMt, Integer patientsFileActive) {

    public Integer target(Indicator indicator) {
        return indicator == Indicator.MT ? patientsMt : patientsFileActive;
    }

    public boolean any() {
        return patientsMt != null || patientsFileActive != null;
    }
}
