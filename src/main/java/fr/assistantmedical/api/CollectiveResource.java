package fr.assistantmedical.api;

import fr.assistantmedical.api.mapping.CollectiveMapper;
import fr.assistantmedical.api.model.collective.CollectiveEligibilityResponse;
import fr.assistantmedical.api.model.collective.CollectiveRequest;
import fr.assistantmedical.api.model.collective.CollectiveSimulationResponse;
import fr.assistantmedical.rules.CollectiveProfile;
import fr.assistantmedical.rules.Simulator;
import fr.assistantmedical.simulation.SimulationService;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;

/** The collective contract of a group practice: eligibility and simulation, public like the individual ones. */
@Path("/api/v1/collective")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CollectiveResource {

    private final SimulationService service;
    private final Clock clock;

    CollectiveResource(SimulationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @POST
    @Path("/eligibility")
    @NonBlocking
    @PermitAll
    public CollectiveEligibilityResponse eligibility(@Valid @NotNull(message = "le corps de la requête est obligatoire")
            CollectiveRequest request, @QueryParam("explain") boolean explain) {
        Simulator rules = service.snapshot();
        CollectiveProfile group = CollectiveMapper.toProfile(request, rules.rulebook(), LocalDate.now(clock), false);
        return CollectiveMapper.eligibility(group, service.collectiveEligibility(rules, group, explain), explain);
    }

    @POST
    @Path("/simulations")
    @NonBlocking
    @PermitAll
    public CollectiveSimulationResponse simulate(@Valid @NotNull(message = "le corps de la requête est obligatoire")
            CollectiveRequest request, @QueryParam("explain") boolean explain) {
        Simulator rules = service.snapshot();
        CollectiveProfile group = CollectiveMapper.toProfile(request, rules.rulebook(), LocalDate.now(clock), true);
        return CollectiveMapper.simulation(group, service.collectiveSimulation(rules, group, explain), explain);
    }
}
