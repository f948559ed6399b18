package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.AidDue.Target;

/**
 * The patient-count commitment of a contract, per indicator; an indicator without a target is not
 * measured. With no target at all, the objective is still to set (« objectif à fixer »).
 *
 * @param basis how the rules computed it (PERCENTILE_BAND, MAINTAIN, NEWLY_INSTALLED), or null
 * @param setBy RULEBOOK when computed by the rules, CPAM when the caisse set it
 */
public record ContractObjective(String basis, String setBy, Target patientsMt, Target patientsFileActive) {

    public static final String RULEBOOK = "RULEBOOK";
    public static final String CPAM = "CPAM";

    public boolean toSet() {
        return patientsMt == null && patientsFileActive == null;
    }
}
