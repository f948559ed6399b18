package fr.assistantmedical.api;

import fr.assistantmedical.api.OpsResource;
import fr.assistantmedical.api.VersionResource;
import fr.assistantmedical.api.model.BatchLine;
import fr.assistantmedical.api.model.EligibilityResponse;
import fr.assistantmedical.api.model.Explanation;
import fr.assistantmedical.api.model.FormResponse;
import fr.assistantmedical.api.model.RulebookResponse;
import fr.assistantmedical.api.model.SimulationResponse;
import fr.assistantmedical.api.model.collective.CollectiveMemberRequest;
import fr.assistantmedical.api.model.collective.CollectiveSimulationResponse;
import fr.assistantmedical.api.model.contract.ContractEventPage;
import fr.assistantmedical.api.model.contract.ContractPage;
import fr.assistantmedical.api.model.contract.ContractResponse;
import fr.assistantmedical.api.model.contract.ContractStatusResponse;
import fr.assistantmedical.api.model.contract.ContractWarning;
import fr.assistantmedical.api.model.contract.GrantResponse;
import fr.assistantmedical.api.problem.Problem;
import fr.assistantmedical.contract.core.Snapshot;
import fr.assistantmedical.contract.core.Suspension;
import fr.assistantmedical.rules.Warning;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Classes that Jackson writes or reads outside the resources' signatures (batch lines, event
 * snapshots, warnings) or nested in them: a native image must keep their accessors.
 */
@RegisterForReflection(targets = {BatchLine.class, BatchLine.Simulated.class, BatchLine.Objective.class,
    BatchLine.Target.class, BatchLine.LineError.class, BatchLine.Summary.class, BatchLine.SummaryCounts.class,
    EligibilityResponse.Reason.class, Explanation.SourceRef.class, Explanation.Warning.class, Explanation.Step.class,
    Explanation.UsedValue.class, RulebookResponse.Regime.class, RulebookResponse.Parameter.class,
    RulebookResponse.Value.class, RulebookResponse.Boundary.class, FormResponse.OptionLabel.class,
    FormResponse.Period.class, FormResponse.Question.class, SimulationResponse.OptionSimulation.class,
    SimulationResponse.ContractYear.class, SimulationResponse.Objective.class,
    SimulationResponse.IndicatorObjective.class, SimulationResponse.Information.class, ContractResponse.Objective.class, ContractResponse.Target.class,
    ContractResponse.Period.class, ContractResponse.Year.class, ContractResponse.Review.class,
    ContractResponse.Totals.class, ContractWarning.class, ContractStatusResponse.Progress.class,
    ContractStatusResponse.Aid.class, ContractPage.Summary.class, Problem.class, Problem.Violation.class,
    Snapshot.class, Snapshot.YearSnapshot.class, Suspension.class, Warning.class, VersionResource.Version.class, OpsResource.Reloaded.class,
    CollectiveMemberRequest.class, CollectiveSimulationResponse.Year.class,
    CollectiveSimulationResponse.MemberObjective.class,
    ContractEventPage.Item.class, GrantResponse.class})
public final class NativeReflection {

    private NativeReflection() {
    }
}
