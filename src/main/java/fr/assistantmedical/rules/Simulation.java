package fr.assistantmedical.rules;

import java.util.List;

/**
 * The eligibility verdict and, unless not eligible, one schedule per option.
 *
 * @param information facts the doctor should know on the signature date (qualification, payments, renewal)
 */
public record Simulation(Eligibility eligibility, List<OptionSimulation> simulations, List<Information> information,
        List<TraceStep> trace) {

    public boolean provisional() {
        return eligibility.provisional() || simulations.stream().anyMatch(OptionSimulation::provisional);
    }
}
