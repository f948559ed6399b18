package fr.assistantmedical.api;

import fr.assistantmedical.api.input.Inputs;
import fr.assistantmedical.api.mapping.ContractMapper;
import fr.assistantmedical.api.model.contract.ContractPage;
import fr.assistantmedical.api.model.contract.ContractRequest;
import fr.assistantmedical.api.model.contract.EventResponse;
import fr.assistantmedical.api.model.contract.GrantResponse;
import fr.assistantmedical.api.model.contract.ObjectiveRequest;
import fr.assistantmedical.api.model.contract.PaymentRequest;
import fr.assistantmedical.api.model.contract.ReviewRequest;
import fr.assistantmedical.api.model.contract.TransitionRequest;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.contract.ContractService;
import fr.assistantmedical.contract.core.ContractFilter;
import fr.assistantmedical.contract.core.ContractStatus;
import fr.assistantmedical.contract.core.ContractView;
import fr.assistantmedical.rules.Rulebook;
import io.smallrye.mutiny.Uni;
import fr.assistantmedical.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Aid contracts: signature, follow-up, reviews, payments and status. */
@Path("/api/v1/contracts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    private static final String BODY_REQUIRED = "le corps de la requête est obligatoire";

    private final ContractService service;
    private final Caller caller;

    ContractResource(ContractService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> sign(@Valid @NotNull(message = BODY_REQUIRED) ContractRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @jakarta.ws.rs.core.Context UriInfo uri) {
        Inputs.checkIdempotencyKey(idempotencyKey);
        Rulebook rulebook = service.rulebook();
        var command = ContractMapper.toCommand(request, rulebook, service.today());
        return service.sign(command, rulebook, idempotencyKey, caller.access()).map(signed -> {
            ContractView view = signed.view();
            return Response.created(uri.getAbsolutePathBuilder().path(view.contract().id().toString()).build())
                    .tag(etag(view)).header("Idempotent-Replayed", signed.replayed() ? "true" : null)
                    .entity(ContractMapper.contract(view)).build();
        });
    }

    @GET
    @RolesAllowed({"${app.security.roles.cpam-agent}", "${app.security.roles.partner}"})
    public Uni<ContractPage> list(@QueryParam("rpps") String rpps, @QueryParam("cpam") String cpam,
            @QueryParam("status") ContractStatus status, @QueryParam("specialty") String specialty,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 200) {
            throw new InvalidRequestException("limit", "entre 1 et 200");
        }
        return service.list(new ContractFilter(rpps, cpam, status, specialty, null), decode(cursor), limit,
                caller.access())
                .map(page -> new ContractPage(page.contracts().stream().map(ContractMapper::summary).toList(),
                        page.nextCursor() == null ? null : encode(page.nextCursor())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"${app.security.roles.cpam-agent}", "${app.security.roles.partner}"})
    public Uni<Response> get(@PathParam("id") UUID id) {
        return service.get(id, caller.access())
                .map(view -> Response.ok(ContractMapper.contract(view)).tag(etag(view)).build());
    }

    @GET
    @Path("/{id}/status")
    @RolesAllowed({"${app.security.roles.cpam-agent}", "${app.security.roles.partner}"})
    public Uni<Response> status(@PathParam("id") UUID id) {
        return service.get(id, caller.access())
                .map(view -> Response.ok(ContractMapper.status(view)).tag(etag(view)).build());
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = BODY_REQUIRED) TransitionRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        return service.transition(id, version(ifMatch), ContractMapper.toCommand(request), caller.access())
                .map(view -> {
                    if (view.contract().id().equals(id)) {
                        return Response.ok(ContractMapper.contract(view)).tag(etag(view)).build();
                    }
                    // A renewal answers with the new contract.
                    return Response.created(uri.getBaseUriBuilder().path("api/v1/contracts")
                            .path(view.contract().id().toString()).build()).tag(etag(view))
                            .entity(ContractMapper.contract(view)).build();
                });
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> review(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = BODY_REQUIRED) ReviewRequest request) {
        var command = ContractMapper.toCommand(request);
        var access = caller.access();
        return idempotent(() -> service.review(id, version(ifMatch), command, access))
                .map(reviewed -> Response.status(reviewed.replayed() ? 200 : 201).tag(etag(reviewed.view()))
                        .entity(ContractMapper.contract(reviewed.view())).build());
    }

    @PUT
    @Path("/{id}/objective")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> setObjective(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = BODY_REQUIRED) ObjectiveRequest request) {
        var command = ContractMapper.toCommand(request);
        var access = caller.access();
        return idempotent(() -> service.setObjective(id, version(ifMatch), command, access))
                .map(view -> Response.ok(ContractMapper.contract(view)).tag(etag(view)).build());
    }

    @POST
    @Path("/{id}/payments")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> pay(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = BODY_REQUIRED) PaymentRequest request) {
        var command = ContractMapper.toCommand(request);
        var access = caller.access();
        return idempotent(() -> service.pay(id, version(ifMatch), command, access))
                .map(paid -> Response.status(paid.replayed() ? 200 : 201).tag(etag(paid.view()))
                        .entity(ContractMapper.payment(paid.payment(), paid.view())).build());
    }

    @GET
    @Path("/{id}/events")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<List<EventResponse>> events(@PathParam("id") UUID id) {
        return service.events(id, caller.access())
                .map(events -> events.stream().map(ContractMapper::event).toList());
    }

    @PUT
    @Path("/{id}/grants/{organisation}")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> grant(@PathParam("id") UUID id, @PathParam("organisation") String organisation) {
        String canonical = canonical(organisation);
        var access = caller.access();
        return idempotent(() -> service.grant(id, canonical, access)).map(view -> Response.noContent().build());
    }

    @DELETE
    @Path("/{id}/grants/{organisation}")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<Response> revoke(@PathParam("id") UUID id, @PathParam("organisation") String organisation) {
        String canonical = canonical(organisation);
        var access = caller.access();
        return idempotent(() -> service.revoke(id, canonical, access)).map(view -> Response.noContent().build());
    }

    @GET
    @Path("/{id}/grants")
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<List<GrantResponse>> grants(@PathParam("id") UUID id) {
        return service.grants(id, caller.access()).map(list -> list.stream()
                .map(g -> new GrantResponse(g.organisation(), g.grantedAt(), g.grantedBy())).toList());
    }

    /** Organisation ids are compared in lower case, the one form they are recorded in. */
    static String canonical(String organisation) {
        if (!organisation.matches("[A-Za-z0-9._-]{1,120}")) {
            throw new InvalidRequestException("organisation", "identifiant d'organisation : lettres, chiffres, . _ -");
        }
        return organisation.toLowerCase(Locale.ROOT);
    }

    /**
     * Runs an idempotent change again when a concurrent identical one got in its way (a lock or a
     * unique key): the second run finds the first one's result and answers as a replay, as the same
     * request sent again later would.
     */
    private static <T> Uni<T> idempotent(Supplier<Uni<? extends T>> change) {
        return Uni.createFrom().deferred(change)
                .onFailure(f -> ContractService.isConcurrentUpdate(f) || ContractService.isUniqueViolation(f))
                .retry().atMost(4); // at once, on the same event loop: the reactive session needs it
    }

    private static EntityTag etag(ContractView view) {
        return new EntityTag(String.valueOf(view.contract().version()));
    }

    /**
     * The versions If-Match accepts (RFC 9110 §13.1.1): "*" or no header means any; a list matches
     * when one of its tags does. A weak tag (W/"1") never matches, as If-Match needs a strong
     * comparison, and neither does a tag that is no version: an empty set.
     */
    static Set<Long> version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Set<Long> versions = new HashSet<>();
        Matcher tag = IF_MATCH_TAG.matcher(ifMatch);
        while (tag.find()) {
            if (tag.group(1) == null) {
                try {
                    versions.add(Long.parseLong(tag.group(2)));
                } catch (NumberFormatException e) {
                    // an opaque tag that is no version: it matches none
                }
            }
        }
        return versions;
    }

    private static final Pattern IF_MATCH_TAG = Pattern.compile("(W/)?\"([^\"]*)\"");

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(seq).getBytes(StandardCharsets.UTF_8));
    }

    private static Long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", "curseur invalide : reprendre nextCursor d'une page");
        }
    }
}
