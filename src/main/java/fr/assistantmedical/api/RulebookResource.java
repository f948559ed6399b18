package fr.assistantmedical.api;

import fr.assistantmedical.api.mapping.ResponseMapper;
import fr.assistantmedical.api.model.RulebookResponse;
import fr.assistantmedical.api.model.SpecialtyResponse;
import fr.assistantmedical.rulebook.RulebookProvider;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Reference data: the law in force and the specialty codes. Public. */
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
}
