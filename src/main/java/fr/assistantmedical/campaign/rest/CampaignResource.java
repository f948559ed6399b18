package fr.assistantmedical.campaign.rest;

import fr.assistantmedical.api.edge.ProblemMapper;
import fr.assistantmedical.batch.BatchFormat;
import fr.assistantmedical.campaign.CampaignInputException;
import fr.assistantmedical.campaign.CampaignService;
import fr.assistantmedical.campaign.ImportSummary;
import fr.assistantmedical.campaign.PresentationService;
import fr.assistantmedical.campaign.StatisticsService;
import fr.assistantmedical.campaign.TargetImport;
import fr.assistantmedical.campaign.VisitService;
import fr.assistantmedical.campaign.model.Campaign;
import fr.assistantmedical.campaign.model.FollowUpStatus;
import fr.assistantmedical.campaign.model.Target;
import fr.assistantmedical.campaign.model.TargetFilter;
import fr.assistantmedical.campaign.rest.CampaignViews.CampaignPage;
import fr.assistantmedical.campaign.rest.CampaignViews.CampaignView;
import fr.assistantmedical.campaign.rest.CampaignViews.FollowUpView;
import fr.assistantmedical.campaign.rest.CampaignViews.TargetPage;
import fr.assistantmedical.campaign.rest.CampaignViews.TargetView;
import fr.assistantmedical.rules.EligibilityStatus;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Campaigns of the caller's CPAM: targets, presentations, visits and figures. CPAM agents only. */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("${app.security.roles.cpam-agent}")
public class CampaignResource {

    private static final String BODY_REQUIRED = "le corps de la requête est obligatoire";
    private static final Duration DATABASE_WAIT = Duration.ofSeconds(30);

    private final CampaignService campaigns;
    private final TargetImport imports;
    private final PresentationService presentations;
    private final VisitService visits;
    private final StatisticsService statistics;
    private final Staff staff;

    CampaignResource(CampaignService campaigns, TargetImport imports, PresentationService presentations,
            VisitService visits, StatisticsService statistics, Staff staff) {
        this.campaigns = campaigns;
        this.imports = imports;
        this.presentations = presentations;
        this.visits = visits;
        this.statistics = statistics;
        this.staff = staff;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@Valid @NotNull(message = BODY_REQUIRED) CampaignRequest request,
            @Context UriInfo uri) {
        return campaigns.create(request.name, request.asOf, staff.cpam(), staff.actor())
                .map(c -> Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build())
                        .entity(CampaignViews.campaign(c, 0L, List.of())).build());
    }

    @GET
    public Uni<CampaignPage> list(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        checkLimit(limit, 200);
        return campaigns.list(staff.cpam(), cursor, limit).map(page -> new CampaignPage(
                page.items().stream().map(c -> CampaignViews.campaign(c, null, null)).toList(), page.nextCursor()));
    }

    @GET
    @Path("/{campaignId}")
    public Uni<CampaignView> get(@PathParam("campaignId") UUID id) {
        return campaigns.details(id, staff.cpam()).map(CampaignViews::campaign);
    }

    /** Imports a file of targets (CSV or NDJSON, streamed); answers what became of each line. */
    @POST
    @Path("/{campaignId}/targets")
    @Blocking
    @Consumes({"text/csv", "application/x-ndjson"})
    public Response importTargets(@PathParam("campaignId") UUID id, InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context UriInfo uri) throws IOException {
        BatchFormat format = BatchFormat.of(contentType);
        if (format == null) {
            return ProblemMapper.problem(415, "about:blank", "Unsupported Media Type",
                    "Envoyer les médecins en text/csv ou application/x-ndjson.", uri, null);
        }
        Campaign campaign = campaigns.campaign(id, staff.cpam()).await().atMost(DATABASE_WAIT);
        ImportSummary summary = imports.importTargets(campaign, body, format, staff.actor());
        return Response.ok(summary).build();
    }

    @GET
    @Path("/{campaignId}/targets")
    public Uni<TargetPage> targets(@PathParam("campaignId") UUID id, @QueryParam("eligibility") EligibilityStatus eligibility,
            @QueryParam("specialty") String specialty, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        checkLimit(limit, 1000);
        if (specialty != null && !specialty.matches("[A-Z_]{1,40}")) {
            throw new CampaignInputException("specialty", "code de spécialité (liste sur GET /api/v1/specialties)");
        }
        return campaigns.targets(id, new TargetFilter(eligibility, specialty), cursor, limit, staff.cpam())
                .map(page -> new TargetPage(page.items().stream().map(CampaignViews::target).toList(),
                        page.nextCursor()));
    }

    @GET
    @Path("/{campaignId}/targets/{rpps}")
    public Uni<TargetView> target(@PathParam("campaignId") UUID id, @PathParam("rpps") String rpps) {
        checkRpps(rpps);
        return campaigns.targetDetails(id, rpps, staff.cpam())
                .map(d -> new TargetView(CampaignViews.target(d.target()), d.target().simulation(), d.visits()));
    }

    /** The doctor's personalised presentation, a PDF of one or two pages. */
    @GET
    @Path("/{campaignId}/targets/{rpps}/presentation")
    @Blocking
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response presentation(@PathParam("campaignId") UUID id, @PathParam("rpps") String rpps) {
        checkRpps(rpps);
        Campaign campaign = campaigns.campaign(id, staff.cpam()).await().atMost(DATABASE_WAIT);
        Target target = campaigns.target(campaign, rpps).await().atMost(DATABASE_WAIT);
        return Response.ok(presentations.pdf(campaign, target), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + PresentationService.fileName(target) + "\"")
                .build();
    }

    /** Every presentation of the campaign (or of its targets in one eligibility status) in one ZIP, streamed. */
    @GET
    @Path("/{campaignId}/presentations")
    @Blocking
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response archive(@PathParam("campaignId") UUID id, @QueryParam("eligibility") EligibilityStatus eligibility) {
        Campaign campaign = campaigns.campaign(id, staff.cpam()).await().atMost(DATABASE_WAIT);
        StreamingOutput stream = out -> presentations.archive(campaign, eligibility, out);
        return Response.ok(stream, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"presentations-" + id + ".zip\"").build();
    }

    /** Records a visit; its follow-up e-mail is scheduled in the same transaction. */
    @POST
    @Path("/{campaignId}/targets/{rpps}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> visit(@PathParam("campaignId") UUID id, @PathParam("rpps") String rpps,
            @Valid @NotNull(message = BODY_REQUIRED) VisitRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        checkRpps(rpps);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200
                || fr.assistantmedical.api.input.Inputs.hasControl(idempotencyKey))) {
            throw new CampaignInputException("Idempotency-Key", "clé de 1 à 200 caractères imprimables");
        }
        return visits.record(id, rpps, new VisitService.Command(request.visitedOn, request.outcome, request.note),
                idempotencyKey, staff.cpam(), staff.actor())
                .map(recorded -> Response.status(recorded.replayed() ? 200 : 201).entity(recorded.visit())
                        .header("Idempotent-Replayed", recorded.replayed() ? "true" : null).build());
    }

    /** The follow-up e-mails of the campaign, by status: the failed ones are here for the staff to see. */
    @GET
    @Path("/{campaignId}/followups")
    public Uni<List<FollowUpView>> followUps(@PathParam("campaignId") UUID id, @QueryParam("status") FollowUpStatus status,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        checkLimit(limit, 1000);
        return campaigns.followUps(id, status, limit, staff.cpam())
                .map(found -> found.stream().map(CampaignViews::followUp).toList());
    }

    @GET
    @Path("/{campaignId}/statistics")
    public Uni<StatisticsService.CampaignStatistics> statistics(@PathParam("campaignId") UUID id) {
        return statistics.campaign(id, staff.cpam());
    }

    private static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new CampaignInputException("limit", "entre 1 et " + max);
        }
    }

    private static void checkRpps(String rpps) {
        if (!rpps.matches("[0-9]{11}")) {
            throw new CampaignInputException("rpps", "le numéro RPPS a 11 chiffres");
        }
    }
}
