package fr.assistantmedical.api;

import fr.assistantmedical.rulebook.RulebookProvider;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What is running: the service version and the rulebook version in force. */
@Path("/api/v1/version")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

    public record Version(String service, String version, String rulebook) {
    }

    private final RulebookProvider rulebooks;
    private final String name;
    private final String version;

    VersionResource(RulebookProvider rulebooks, @ConfigProperty(name = "quarkus.application.name") String name,
            @ConfigProperty(name = "quarkus.application.version") String version) {
        this.rulebooks = rulebooks;
        this.name = name;
        this.version = version;
    }

    @GET
    @NonBlocking
    @PermitAll
    public Version version() {
        return new Version(name, version, rulebooks.rulebook().version());
    }
}
