package fr.assistantmedical.api;

import fr.assistantmedical.rulebook.RulebookProvider;
import fr.assistantmedical.rules.Rulebook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

/** Operations: loading a reviewed rulebook without a restart. */
@Path("/api/v1/rulebook/reload")
@Produces(MediaType.APPLICATION_JSON)
public class OpsResource {

    private static final Logger LOG = Logger.getLogger(OpsResource.class);

    public record Reloaded(String id, String version, String origin) {
    }

    private final RulebookProvider rulebooks;

    OpsResource(RulebookProvider rulebooks) {
        this.rulebooks = rulebooks;
    }

    /** Reads and validates the rulebook again; an invalid one is refused (422) and the one in force is kept. */
    @POST
    @RolesAllowed("${app.security.roles.ops}")
    public Reloaded reload() {
        Rulebook rulebook = rulebooks.reload();
        LOG.infof("Rulebook %s reloaded from %s", rulebook.version(), rulebooks.origin());
        return new Reloaded(rulebook.id(), rulebook.version(), rulebooks.origin());
    }
}
