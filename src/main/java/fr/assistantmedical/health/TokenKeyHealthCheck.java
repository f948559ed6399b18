package fr.assistantmedical.health;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the token verification key is a local file that cannot be read: contracts would be
 * closed to everyone. A remote key or JWKS is fetched by the verifier itself.
 */
@Readiness
@ApplicationScoped
public class TokenKeyHealthCheck implements HealthCheck {

    private final Optional<String> location;

    TokenKeyHealthCheck(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location) {
        this.location = location;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("token-verification-key");
        if (location.isEmpty()) {
            return response.up().withData("key", "in memory").build();
        }
        String key = location.get();
        if (key.startsWith("classpath:")) {
            // Inside the application (dev mode's key): there as long as the application is.
            return response.up().withData("key", key).build();
        }
        Path file = key.startsWith("file:") ? Path.of(URI.create(key)) : key.contains("://") ? null : Path.of(key);
        if (file == null) {
            return response.up().withData("key", key).build();
        }
        return response.status(Files.isReadable(file)).withData("key", file.toString()).build();
    }
}
