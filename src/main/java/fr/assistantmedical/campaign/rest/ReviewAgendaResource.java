package fr.assistantmedical.campaign.rest;

import fr.assistantmedical.campaign.CampaignInputException;
import fr.assistantmedical.campaign.ReviewAgenda;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The annual reviews (« points d'échange annuels ») coming for the agent's CPAM. */
@Path("/api/v1/reviews/agenda")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewAgendaResource {

    private final ReviewAgenda agenda;
    private final Staff staff;

    ReviewAgendaResource(ReviewAgenda agenda, Staff staff) {
        this.agenda = agenda;
        this.staff = staff;
    }

    @GET
    @RolesAllowed("${app.security.roles.cpam-agent}")
    public Uni<ReviewAgenda.Agenda> agenda(@QueryParam("within") @DefaultValue("P30D") String within,
            @QueryParam("limit") @DefaultValue("500") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new CampaignInputException("limit", "entre 1 et 1000");
        }
        if (within.length() > 20) {
            throw new CampaignInputException("within", "une durée de P1D à P366D (ex. P30D)");
        }
        return agenda.within(within, limit, staff.cpam());
    }
}
