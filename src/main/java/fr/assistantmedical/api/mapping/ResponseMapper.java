package fr.assistantmedical.api.mapping;

import fr.assistantmedical.api.model.EligibilityResponse;
import fr.assistantmedical.api.model.Explanation;
import fr.assistantmedical.api.model.Explanation.SourceRef;
import fr.assistantmedical.api.model.FormResponse;
import fr.assistantmedical.api.model.RulebookResponse;
import fr.assistantmedical.api.model.SimulationResponse;
import fr.assistantmedical.api.model.SpecialtyResponse;
import fr.assistantmedical.rules.Eligibility;
import fr.assistantmedical.rules.IndicatorObjective;
import fr.assistantmedical.rules.Objective;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.OptionSimulation;
import fr.assistantmedical.rules.Parameter;
import fr.assistantmedical.rules.ParameterValue;
import fr.assistantmedical.rules.Questions;
import fr.assistantmedical.rules.Reason;
import fr.assistantmedical.rules.Regime;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.ScheduleYear;
import fr.assistantmedical.rules.Simulation;
import fr.assistantmedical.rules.Source;
import fr.assistantmedical.rules.TraceStep;
import fr.assistantmedical.rules.Warning;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** From the rules model to the API model of openapi.yaml. */
public final class ResponseMapper {

    private ResponseMapper() {
    }

    public static EligibilityResponse eligibility(LocalDate asOf, Eligibility e, boolean explain) {
        return new EligibilityResponse(asOf, e.status(), e.regime().code(), e.options(), reasons(e.reasons()),
                e.missingInputs(), e.provisional(), warnings(e.warnings()), explain ? trace(e.trace()) : null);
    }

    public static List<EligibilityResponse.Reason> reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> new EligibilityResponse.Reason(r.code(), r.outcome(), r.message(),
                r.option(), r.parameter(), source(r.source()), r.input())).toList();
    }

    public static SimulationResponse simulation(LocalDate asOf, Simulation s, boolean explain) {
        return new SimulationResponse(asOf, eligibility(asOf, s.eligibility(), false),
                s.simulations().stream().map(ResponseMapper::option).toList(),
                s.information().stream().map(i -> new SimulationResponse.Information(i.parameter(), i.message(),
                        i.value().certainty(), source(i.value().source()))).toList(),
                s.provisional(), explain ? trace(s.trace()) : null);
    }

    private static SimulationResponse.OptionSimulation option(OptionSimulation o) {
        return new SimulationResponse.OptionSimulation(o.option(), o.years().stream().map(ResponseMapper::year).toList(),
                o.totalMaxAid(), objective(o.objective()), o.provisional(), warnings(o.warnings()));
    }

    private static SimulationResponse.ContractYear year(ScheduleYear y) {
        return new SimulationResponse.ContractYear(y.contractYear(), y.from(), y.to(), y.regime().code(),
                y.regime().label(), y.row().key(), y.maxAid(), y.objectiveChecked(), y.amount().certainty(),
                source(y.amount().source()));
    }

    public static SimulationResponse.Objective objective(Objective o) {
        return o == null ? null
                : new SimulationResponse.Objective(o.basis(), indicator(o.patientsMt()), indicator(o.patientsFileActive()),
                        o.explanation());
    }

    public static SimulationResponse.IndicatorObjective indicator(IndicatorObjective i) {
        return i == null ? null
                : new SimulationResponse.IndicatorObjective(i.start(), i.target(), i.increase(), i.band(), i.rate(),
                        i.minimum(), i.value() == null ? null : i.value().certainty(),
                        i.value() == null ? null : source(i.value().source()));
    }

    public static RulebookResponse rulebook(Rulebook rulebook) {
        return new RulebookResponse(rulebook.id(), rulebook.version(), rulebook.publishedOn(),
                regimes(rulebook.regimes()), regimes(rulebook.collectiveRegimes()),
                rulebook.parameters().stream().map(ResponseMapper::parameter).toList());
    }

    private static List<RulebookResponse.Regime> regimes(List<Regime> regimes) {
        List<RulebookResponse.Regime> regimeViews = new ArrayList<>();
        for (int i = 0; i < regimes.size(); i++) {
            Regime r = regimes.get(i);
            LocalDate until = i + 1 < regimes.size() ? regimes.get(i + 1).from().minusDays(1) : null;
            regimeViews.add(new RulebookResponse.Regime(r.code(), r.label(), r.from(), until,
                    r.takesRunningContractsAtAnniversary(), r.certainty(), r.verified(), source(r.source()), r.note()));
        }
        return regimeViews;
    }

    private static RulebookResponse.Parameter parameter(Parameter p) {
        return new RulebookResponse.Parameter(p.name(), p.description(), p.type(), p.unit(),
                p.values().stream().map(v -> new RulebookResponse.Value(v.from(), v.value(), v.certainty(),
                        v.verified(), source(v.source()), v.note(), v.carriedOver(), v.boundary() == null ? null
                                : new RulebookResponse.Boundary(v.boundary().inclusive(), v.boundary().certainty(),
                                        v.boundary().note()))).toList());
    }

    public static List<SpecialtyResponse> specialties(Rulebook rulebook) {
        return rulebook.specialties().stream().map(s -> new SpecialtyResponse(s.code(), s.label())).toList();
    }

    /** The options with their labels, and what a form asks period by period (rules/Questions). */
    public static FormResponse form(Rulebook rulebook) {
        List<FormResponse.OptionLabel> options = Arrays.stream(Option.values())
                .map(o -> new FormResponse.OptionLabel(o, o.label(), o.secondAssistant())).toList();
        List<FormResponse.Period> periods = Questions.periods(rulebook).stream()
                .map(p -> new FormResponse.Period(p.from(), p.until(), p.options(), p.secondOptions(),
                        p.questions().stream().map(q -> new FormResponse.Question(q.input(), q.sectors(),
                                q.specialties(), q.withCurrentContract())).toList()))
                .toList();
        return new FormResponse(rulebook.version(), rulebook.firstDate(), options, periods);
    }

    public static List<Explanation.Warning> warnings(List<Warning> warnings) {
        return warnings.stream().map(w -> new Explanation.Warning(w.parameter(), w.message())).toList();
    }

    public static List<Explanation.Step> trace(List<TraceStep> trace) {
        return trace.stream().map(s -> new Explanation.Step(s.rule(), s.description(), s.result(),
                s.uses().stream().map(u -> used(u.parameter(), u.value())).toList())).toList();
    }

    private static Explanation.UsedValue used(String parameter, ParameterValue v) {
        return new Explanation.UsedValue(parameter, v.from(), v.value(), v.certainty(), source(v.source()), v.note());
    }

    public static SourceRef source(Source s) {
        return s == null ? null : new SourceRef(s.id(), s.title(), s.url());
    }
}
