package fr.assistantmedical.simulation;

import fr.assistantmedical.rulebook.RulebookProvider;
import fr.assistantmedical.rules.Eligibility;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Simulation;
import jakarta.enterprise.context.ApplicationScoped;

/** Eligibility and simulations against the rulebook in force. Pure computation: safe on the event loop. */
@ApplicationScoped
public class SimulationService {

    private final RulebookProvider rulebooks;

    SimulationService(RulebookProvider rulebooks) {
        this.rulebooks = rulebooks;
    }

    public Eligibility eligibility(Profile profile, boolean explain) {
        return rulebooks.simulator().eligibility(profile, explain);
    }

    public Simulation simulate(Profile profile, Option option, boolean explain) {
        return rulebooks.simulator().simulate(profile, option, explain);
    }
}
