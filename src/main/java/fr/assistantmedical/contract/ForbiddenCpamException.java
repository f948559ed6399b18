package fr.assistantmedical.contract;

/** An agent may only sign contracts for their own CPAM. */
public class ForbiddenCpamException extends RuntimeException {

    public ForbiddenCpamException(String cpamCode) {
        super("Not an agent of CPAM " + cpamCode);
    }
}
