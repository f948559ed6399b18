package fr.assistantmedical.api.edge;

import fr.assistantmedical.api.edge.ProblemMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Abuse limits of the API: the size of JSON bodies (announced or streamed), and a rate per client on
 * the public endpoints.
 */
public class RequestLimits {

    private final RateLimiter limiter;
    private final RateLimitConfig config;
    private final long maxJsonBody;

    RequestLimits(RateLimiter limiter, RateLimitConfig config,
            @ConfigProperty(name = "app.limits.max-json-body", defaultValue = "65536") long maxJsonBody) {
        this.limiter = limiter;
        this.config = config;
        this.maxJsonBody = maxJsonBody;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> bodySize(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (length != null && (type == null || type.startsWith("application/json"))) {
            try {
                if (Long.parseLong(length.trim()) > maxJsonBody) {
                    return Optional.of(ProblemMapper.problem(413, "/problems/body-too-large", "Corps trop volumineux",
                            "Le corps de la requête dépasse " + maxJsonBody + " octets.", request.getUriInfo(), null));
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @ServerRequestFilter
    public Optional<Response> rate(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        if (!config.enabled() || resource.getResourceMethod() == null
                || !resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
            return Optional.empty();
        }
        long wait = limiter.acquire(client(http));
        if (wait == 0) {
            return Optional.empty();
        }
        Response problem = ProblemMapper.problem(429, "/problems/too-many-requests", "Trop de requêtes",
                "Limite de " + config.requestsPerSecond() + " requêtes par seconde dépassée : réessayer dans " + wait
                        + " s.", request.getUriInfo(), null);
        return Optional.of(Response.fromResponse(problem).header("Retry-After", wait).build());
    }

    private String client(HttpServerRequest http) {
        if (config.trustForwardedFor()) {
            String forwarded = http.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                int comma = forwarded.indexOf(',');
                return (comma < 0 ? forwarded : forwarded.substring(0, comma)).trim();
            }
        }
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
