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

    public Eligibility eligibility(Profile profile, boolean explain) {
        Eligibility eligibility = rulebooks.simulator().eligibility(profile, explain);
        metrics.decided(eligibility.status());
        return eligibility;
    }

    public Simulation simulate(Profile profile, Option option, CpamTargets targets, boolean explain) {
        return counted(rulebooks.simulator().simulate(profile, option, targets, explain));
    }

    /** Records a simulation, however it was computed, in the business counters. */
    public Simulation counted(Simulation simulation) {
        metrics.decided(simulation.eligibility().status());
        simulation.simulations().forEach(s -> metrics.simulated(s.option()));
        return simulation;
    }

    public CollectiveEligibility collectiveEligibility(CollectiveProfile group, boolean explain) {
        CollectiveEligibility eligibility = CollectiveRules.evaluate(group, new Evaluation(rulebooks.rulebook(), explain));
        metrics.decided(eligibility.status());
        return eligibility;
    }

    public CollectiveSimulation collectiveSimulation(CollectiveProfile group, boolean explain) {
        CollectiveSimulation simulation = CollectiveRules.simulate(group, new Evaluation(rulebooks.rulebook(), explain));
        metrics.decided(simulation.eligibility().status());
        return simulation;
    }
}
