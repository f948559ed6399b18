package fr.assistantmedical.api;

import fr.assistantmedical.api.mapping.FieldChecks;
import fr.assistantmedical.api.mapping.ProfileMapper;
import fr.assistantmedical.api.mapping.ResponseMapper;
import fr.assistantmedical.api.model.EligibilityResponse;
import fr.assistantmedical.api.model.ProfileRequest;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Simulator;
import fr.assistantmedical.simulation.SimulationService;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;

@Path("/api/v1/eligibility")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    private final SimulationService service;
    private final Clock clock;
    private final Validator validator;

    EligibilityResource(SimulationService service, Clock clock, Validator validator) {
        this.service = service;
        this.clock = clock;
        this.validator = validator;
    }

    @POST
    @NonBlocking
    @PermitAll
    public EligibilityResponse check(@NotNull(message = "le corps de la requête est obligatoire")
            ProfileRequest request, @QueryParam("explain") boolean explain) {
        Simulator rules = service.snapshot();
        Profile profile = ProfileMapper.toProfile(request, rules.rulebook(), LocalDate.now(clock),
                FieldChecks.fieldViolations(validator, request));
        return ResponseMapper.eligibility(profile.asOf(), service.eligibility(rules, profile, explain), explain);
    }
}
