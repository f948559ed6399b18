package fr.assistantmedical.api.edge;

import fr.assistantmedical.api.edge.ProblemMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** The longest Authorization header read; a token is far shorter. */
    static final int MAX_AUTHORIZATION = 16 * 1024;

    /**
     * One Authorization header, of a sane length: with two, which one counts would depend on the reader;
     * a huge one is refused with a problem document before anything parses it.
     */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authorization(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            return Optional.of(ProblemMapper.problem(400, ProblemMapper.VALIDATION, "Requête invalide",
                    "Authorization : un seul en-tête est admis.", request.getUriInfo(),
                    List.of(new fr.assistantmedical.api.problem.Problem.Violation("Authorization",
                            "un seul en-tête est admis"))));
        }
        if (values.get(0).length() > MAX_AUTHORIZATION) {
            return Optional.of(ProblemMapper.problem(431, "/problems/header-too-large", "En-tête trop volumineux",
                    "L'en-tête Authorization dépasse " + MAX_AUTHORIZATION + " caractères.", request.getUriInfo(),
                    null));
        }
        return Optional.empty();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> bodySize(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        // Media types are case-insensitive (RFC 9110): APPLICATION/JSON is JSON too.
        if (length != null && (type == null || type.trim().toLowerCase(Locale.ROOT)
                .startsWith("application/json"))) {
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
            String client = forwardedClient(http.headers().getAll("X-Forwarded-For"), config.trustedHops());
            if (client != null) {
                return client;
            }
        }
        // The peer of the connection itself, not an address a forwarded header rewrote.
        var peer = http.connection() == null ? http.remoteAddress() : http.connection().remoteAddress();
        return peer == null ? "unknown" : peer.hostAddress();
    }

    /**
     * The client as the trusted proxies saw it: each of the {@code hops} proxies appends the address it
     * received from, so the client is the {@code hops}-th entry from the right. What is left of it the
     * client wrote itself. Several headers count as one list, in order.
     */
    static String forwardedClient(List<String> headers, int hops) {
        List<String> entries = new ArrayList<>();
        for (String header : headers) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.trim());
                }
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        String client = entries.get(Math.max(0, entries.size() - Math.max(1, hops)));
        return client.length() > 64 ? client.substring(0, 64) : client;
    }
}
