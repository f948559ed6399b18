package fr.assistantmedical.campaign.rest;

import fr.assistantmedical.campaign.StatisticsService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The programme's figures, as the Cnam publishes them: national, and the agent's CPAM's. */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final StatisticsService statistics;
    private final Staff staff;

    StatisticsResource(StatisticsService statistics, Staff staff) {
        this.statistics = statistics;
        this.staff = staff;
    }

    @GET
    @RolesAllowed({"${app.security.roles.cpam-agent}", "${app.security.roles.ops}"})
    public Uni<StatisticsService.ProgrammeStatistics> programme() {
        return statistics.programme(staff.cpamIfAgent());
    }
}
