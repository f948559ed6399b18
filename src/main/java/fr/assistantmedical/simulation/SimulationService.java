package fr.assistantmedical.simulation;

import fr.assistantmedical.observability.BusinessMetrics;
import fr.assistantmedical.rulebook.RulebookProvider;
import fr.assistantmedical.rules.CollectiveEligibility;
import fr.assistantmedical.rules.CollectiveProfile;
import fr.assistantmedical.rules.CollectiveRules;
import fr.assistantmedical.rules.CollectiveSimulation;
import fr.assistantmedical.rules.CpamTargets;
import fr.assistantmedical.rules.Eligibility;
import fr.assistantmedical.rules.Evaluation;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Simulation;
import fr.assistantmedical.rules.Simulator;
import jakarta.enterprise.context.ApplicationScoped;

/** Eligibility and simulations against the rulebook in force. Pure computation: safe on the event loop. */
@ApplicationScoped
public class SimulationService {

    private final RulebookProvider rulebooks;
    private final BusinessMetrics metrics;

    SimulationService(RulebookProvider rulebooks, BusinessMetrics metrics) {
        this.rulebooks = rulebooks;
        this.metrics = metrics;
    }

    /**
     * The rulebook in force, taken once for a request, a batch or an import and passed to every call
     * of it: a reload in between cannot mix two rulebooks in one answer.
     */
    public Simulator snapshot() {
        return rulebooks.simulator();
    }

    public Eligibility eligibility(Simulator rules, Profile profile, boolean explain) {
        Eligibility eligibility = rules.eligibility(profile, explain);
        metrics.decided(eligibility.status());
        return eligibility;
    }

    public Simulation simulate(Simulator rules, Profile profile, Option option, CpamTargets targets, boolean explain) {
        Simulation simulation = rules.simulate(profile, option, targets, explain);
        metrics.decided(simulation.eligibility().status());
        simulation.simulations().forEach(s -> metrics.simulated(s.option()));
        return simulation;
    }

    public CollectiveEligibility collectiveEligibility(Simulator rules, CollectiveProfile group, boolean explain) {
        CollectiveEligibility eligibility = CollectiveRules.evaluate(group, new Evaluation(rules.rulebook(), explain));
        metrics.decided(eligibility.status());
        return eligibility;
    }

    public CollectiveSimulation collectiveSimulation(Simulator rules, CollectiveProfile group, boolean explain) {
        CollectiveSimulation simulation = CollectiveRules.simulate(group, new Evaluation(rules.rulebook(), explain));
        metrics.decided(simulation.eligibility().status());
        return simulation;
    }
}
