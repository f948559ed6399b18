package fr.assistantmedical.api;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The service's Content-Security-Policy allows no inline script. Swagger UI (every mode) and Dev UI
 * (dev mode only) start with inline scripts and styles: their pages, and only them, get a policy that
 * allows those, still loading nothing from another origin. Set when the headers are written, so that
 * it replaces the global one whatever the order of the routes.
 */
@ApplicationScoped
public class ConsolePolicy {

    static final String SWAGGER_UI = "/q/swagger-ui";
    static final String DEV_UI = "/q/dev-ui";
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";
    /** Dev UI also evaluates code, loads scripts from blobs and opens a web socket to the service. */
    static final String DEV_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:; worker-src 'self' blob:; "
            + "connect-src 'self' ws: wss:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'";

    void register(@Observes Filters filters) {
        boolean dev = LaunchMode.current() == LaunchMode.DEVELOPMENT;
        filters.register(context -> handle(context, dev), Integer.MAX_VALUE - 1);
    }

    private static void handle(RoutingContext context, boolean dev) {
        String path = context.request().path();
        String policy = path == null ? null
                : path.startsWith(SWAGGER_UI) ? POLICY
                : dev && path.startsWith(DEV_UI) ? DEV_POLICY : null;
        if (policy != null) {
            context.addHeadersEndHandler(v -> context.response().headers().set("Content-Security-Policy", policy));
        }
        context.next();
    }
}
