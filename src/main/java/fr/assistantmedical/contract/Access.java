package fr.assistantmedical.contract;

/**
 * Whose request it is, as far as contracts go: an agent of one CPAM sees and changes that CPAM's
 * contracts; a partner organisation reads the contracts shared with it.
 */
public record Access(String actor, String cpamCode, String organisation) {

    public static Access agent(String actor, String cpamCode) {
        return new Access(actor, cpamCode, null);
    }

    public static Access partner(String actor, String organisation) {
        return new Access(actor, null, organisation);
    }

    public boolean agent() {
        return cpamCode != null;
    }
}
