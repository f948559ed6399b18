package fr.assistantmedical.campaign.rest;

import fr.assistantmedical.api.edge.ProblemMapper;
import fr.assistantmedical.api.problem.Problem.Violation;
import fr.assistantmedical.campaign.CampaignConflictException;
import fr.assistantmedical.campaign.CampaignInputException;
import fr.assistantmedical.campaign.CampaignNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The campaign's failures as RFC 9457 problems, like every other answer of the API. */
public class CampaignProblems {

    @ServerExceptionMapper
    public Response notFound(CampaignNotFoundException e, UriInfo uri) {
        return ProblemMapper.problem(404, "/problems/not-found", "Introuvable", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response conflict(CampaignConflictException e, UriInfo uri) {
        return ProblemMapper.problem(e.status(), "/problems/" + e.type(), "Conflit", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response invalid(CampaignInputException e, UriInfo uri) {
        return ProblemMapper.problem(400, ProblemMapper.VALIDATION, "Requête invalide",
                e.field() + " : " + e.getMessage(), uri, List.of(new Violation(e.field(), e.getMessage())));
    }
}
