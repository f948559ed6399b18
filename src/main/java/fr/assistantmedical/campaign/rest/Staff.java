package fr.assistantmedical.campaign.rest;

import fr.assistantmedical.contract.Access;
import fr.assistantmedical.security.Caller;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;

/** The CPAM agent calling: campaigns are always those of the agent's own CPAM. */
@RequestScoped
public class Staff {

    private final Caller caller;

    Staff(Caller caller) {
        this.caller = caller;
    }

    /** The agent's CPAM; a token without one may not see any campaign. */
    public String cpam() {
        Access access = caller.access();
        if (!access.agent()) {
            throw new ForbiddenException();
        }
        return access.cpamCode();
    }

    /** The agent's CPAM, or null for another staff role. */
    public String cpamIfAgent() {
        Access access = caller.access();
        return access.agent() ? access.cpamCode() : null;
    }

    public String actor() {
        return caller.subject();
    }
}
