package fr.assistantmedical.rules;

import java.util.ArrayList;
import java.util.List;

/** The entry point of the rules: eligibility on a date, and the aid and objective of each option. */
public final class Simulator {

    private final Rulebook rulebook;

    public Simulator(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    /** @throws OutsideRulebookException when no regime is in force on the profile's date */
    public Eligibility eligibility(Profile profile, boolean explain) {
        return EligibilityRules.evaluate(profile, new Evaluation(rulebook, explain));
    }

    /**
     * Simulates the requested option, or every option open when {@code requested} is null. A doctor
     * who is not eligible, or an option that is not open, gets no schedule.
     */
    public Simulation simulate(Profile profile, Option requested, boolean explain) {
        return simulate(profile, requested, null, explain);
    }

    /**
     * @param targets the objective the CPAM communicated, shown as the commitment instead of the
     *        rules' one; null when there is none
     */
    public Simulation simulate(Profile profile, Option requested, CpamTargets targets, boolean explain) {
        Eligibility eligibility = EligibilityRules.evaluate(profile, requested, new Evaluation(rulebook, explain));
        List<Option> options = eligibility.options();
        if (requested != null) {
            if (!options.contains(requested)) {
                eligibility = withOptionNotOpen(eligibility, requested, profile);
            }
            options = options.contains(requested) ? List.of(requested) : List.of();
        }
        List<OptionSimulation> simulations = new ArrayList<>(options.size());
        List<TraceStep> trace = new ArrayList<>(eligibility.trace());
        for (Option option : options) {
            Evaluation ev = new Evaluation(rulebook, explain);
            AidSchedule.AmountBand band = Bands.amountBand(profile, ev);
            List<ScheduleYear> years = AidSchedule.years(profile.asOf(), option, band, ev);
            Objective objective = Objectives.objective(profile, option, targets, ev);
            simulations.add(new OptionSimulation(option, years, AidSchedule.total(years), objective, ev.warnings()));
            trace.addAll(ev.trace());
        }
        return new Simulation(eligibility, simulations, Information.on(rulebook, profile.asOf()), trace);
    }

    private Eligibility withOptionNotOpen(Eligibility eligibility, Option option, Profile profile) {
        if (eligibility.status() == EligibilityStatus.NOT_ELIGIBLE
                || eligibility.reasons().stream().anyMatch(r -> r.option() == option)) {
            return eligibility;
        }
        ParameterValue open = rulebook.parameter(ParameterNames.OPTIONS_OPEN).flatMap(p -> p.at(profile.asOf()))
                .orElse(null);
        List<Reason> reasons = new ArrayList<>(eligibility.reasons());
        reasons.add(new Reason("OPTION_NOT_OPEN", Outcome.NOT_MET, "L'option " + option.label()
                + " ne peut pas être souscrite au " + Text.date(profile.asOf()) + ".", option,
                ParameterNames.OPTIONS_OPEN, open == null ? null : open.source(), null));
        return new Eligibility(eligibility.status(), eligibility.regime(), eligibility.options(), reasons,
                eligibility.missingInputs(), eligibility.warnings(), eligibility.trace());
    }
}
