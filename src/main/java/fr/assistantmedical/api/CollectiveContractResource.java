package fr.assistantmedical.api;

import fr.assistantmedical.api.input.Inputs;
import fr.assistantmedical.api.mapping.CollectiveContractMapper;
import fr.assistantmedical.api.model.collective.CollectiveContractRequest;
import fr.assistantmedical.api.model.collective.CollectiveReviewRequest;
import fr.assistantmedical.api.model.collective.CollectiveTransitionRequest;
import fr.assistantmedical.contract.CollectiveContractService;
import fr.assistantmedical.contract.core.CollectiveContract;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.UUID;

/**
 * Collective contracts: signature by the group's company, activation, suspension, reviews of the group,
 * termination; the status for the partners a contract is shared with.
 */
@Path("/api/v1/collective/contracts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CollectiveContractResource {

    private static final String BODY_REQUIRED = "le corps de la requête est obligatoire";

    private final CollectiveContractService service;
    private final Caller caller;

    CollectiveContractResource(CollectiveContractService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> sign(@Valid @NotNull(message = BODY_REQUIRED) CollectiveContractRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @jakarta.ws.rs.core.Context UriInfo uri) {
        Inputs.checkIdempotencyKey(idempotencyKey);
        Rulebook rulebook = service.rulebook();
        var command = CollectiveContractMapper.toCommand(request, rulebook, service.today());
        return service.sign(command, rulebook, idempotencyKey, caller.access()).map(signed -> {
            CollectiveContract c = signed.contract();
            return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build()).tag(etag(c))
                    .header("Idempotent-Replayed", signed.replayed() ? "true" : null)
                    .entity(CollectiveContractMapper.contract(c, service.today())).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return service.get(id, caller.access()).map(this::ok);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = BODY_REQUIRED) CollectiveTransitionRequest request) {
        Set<Long> version = ContractResource.version(ifMatch);
        var access = caller.access();
        var changed = switch (request.action) {
            case "ACTIVATE" -> service.activate(id, version, request.effectiveDate, access);
            case "SUSPEND" -> service.suspend(id, version, request.effectiveDate, request.reason, access);
            case "RESUME" -> service.resume(id, version, request.effectiveDate, access);
            default -> service.terminate(id, version, request.effectiveDate, request.reason, access);
        };
        return changed.map(this::ok);
    }

    @GET
    @Path("/{id}/status")
    @RolesAllowed({"${app.security.roles.cpam-agent}", "${app.security.roles.partner}"})
    public Uni<Response> status(@PathParam("id") UUID id) {
        return service.status(id, caller.access()).map(c -> Response.ok(
                CollectiveContractMapper.status(c, service.today())).tag(etag(c)).build());
    }

    @PUT
    @Path("/{id}/grants/{organisation}")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> grant(@PathParam("id") UUID id, @PathParam("organisation") String organisation) {
        String canonical = ContractResource.canonical(organisation);
        return service.grant(id, canonical, caller.access()).map(done -> Response.noContent().build());
    }

    @DELETE
    @Path("/{id}/grants/{organisation}")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> revoke(@PathParam("id") UUID id, @PathParam("organisation") String organisation) {
        String canonical = ContractResource.canonical(organisation);
        return service.revoke(id, canonical, caller.access()).map(done -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> review(@PathParam("id") UUID id,
            @Valid @NotNull(message = BODY_REQUIRED) CollectiveReviewRequest request) {
        return service.review(id, request.contractYear, request.patientsMt, request.patientsFileActive,
                caller.access()).map(reviewed -> Response.status(reviewed.replayed() ? 200 : 201)
                        .tag(etag(reviewed.contract()))
                        .entity(CollectiveContractMapper.contract(reviewed.contract(), service.today())).build());
    }

    private Response ok(CollectiveContract c) {
        return Response.ok(CollectiveContractMapper.contract(c, service.today())).tag(etag(c)).build();
    }

    private static EntityTag etag(CollectiveContract c) {
        return new EntityTag(String.valueOf(c.version()));
    }
}
