package fr.assistantmedical.api;

import jakarta.enterprise.context.RequestScoped;

/** Who makes the current request, as written in the contract's event log. */
@RequestScoped
public class Actor {

    public String name() {
        return "anonymous";
    }
}
