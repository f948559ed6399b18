package fr.assistantmedical.api;

import fr.assistantmedical.api.mapping.ResponseMapper;
import fr.assistantmedical.api.model.FormResponse;
import fr.assistantmedical.api.model.RulebookResponse;
import fr.assistantmedical.api.model.SpecialtyResponse;
import fr.assistantmedical.rulebook.RulebookProvider;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Reference data: the law in force, the specialty codes and what a simulation form asks. Public. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class RulebookResource {

    private final RulebookProvider rulebooks;

    RulebookResource(RulebookProvider rulebooks) {
        this.rulebooks = rulebooks;
    }

    @GET
    @Path("/rulebook")
    @NonBlocking
    @PermitAll
    public RulebookResponse rulebook() {
        return ResponseMapper.rulebook(rulebooks.rulebook());
    }

    @GET
    @Path("/specialties")
    @NonBlocking
    @PermitAll
    public List<SpecialtyResponse> specialties() {
        return ResponseMapper.specialties(rulebooks.rulebook());
    }

    /**
     * The option labels and, period by period, the options open and the questions that matter: what the
     * simulator page asks, from the rules rather than written again in the page. Cached as the page is.
     */
    @GET
    @Path("/form")
    @NonBlocking
    @PermitAll
    public Response form() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(FORM_MAX_AGE_SECONDS);
        return Response.ok(ResponseMapper.form(rulebooks.rulebook())).cacheControl(cache).build();
    }

    /** As long as the page's own files (quarkus.http.static-resources.max-age). */
    static final int FORM_MAX_AGE_SECONDS = 300;
}
