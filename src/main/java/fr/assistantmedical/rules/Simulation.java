package fr.assistantmedical.rules;

import java.util.List;

/** The eligibility verdict and, unless not eligible, one schedule per option. */
public record Simulation(Eligibility eligibility, List<OptionSimulation> simulations, List<TraceStep> trace) {

    public boolean provisional() {
        return eligibility.provisional() || simulations.stream().anyMatch(OptionSimulation::provisional);
    }
}
