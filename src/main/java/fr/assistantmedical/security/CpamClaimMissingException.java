package fr.assistantmedical.security;

/** A CPAM agent's token without the claim naming the agent's CPAM: no contract is the agent's. */
public class CpamClaimMissingException extends RuntimeException {

    public CpamClaimMissingException() {
        super("Agent token without a CPAM claim");
    }
}
