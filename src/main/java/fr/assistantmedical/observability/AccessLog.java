package fr.assistantmedical.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Every request on the API port gets a request id, the caller's {@code X-Request-Id} when it is a
 * sensible one, else a new one: it is in every log line of the request (MDC {@code requestId}) and
 * in the answer. Each request then ends with one line of the {@code access} logger: method, path,
 * status, bytes and duration, also as MDC fields so that JSON logs carry them as fields. Neither the
 * query string nor the client address is logged: both can be personal data (an RPPS in
 * {@code ?rpps=}). The management port (probes, scrapes) is not logged.
 */
@ApplicationScoped
public class AccessLog {

    public static final String HEADER = "X-Request-Id";
    static final String REQUEST_ID = "requestId";
    private static final Logger LOG = Logger.getLogger("access");
    private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final int MAX_PATH = 200;
    private static final String[] FIELDS = {"method", "path", "status", "bytes", "durationMs"};

    void register(@Observes Filters filters) {
        // Before every other filter, so that even a refused request has its id and its line.
        filters.register(this::handle, Integer.MAX_VALUE);
    }

    private void handle(RoutingContext context) {
        long started = System.nanoTime();
        String given = context.request().getHeader(HEADER);
        String id = given != null && SENSIBLE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        context.response().putHeader(HEADER, id);
        MDC.put(REQUEST_ID, id);
        context.addEndHandler(ended -> log(context, id, started));
        context.next();
    }

    private static void log(RoutingContext context, String id, long started) {
        String method = context.request().method().name();
        String path = printable(context.request().path());
        int status = context.response().getStatusCode();
        long bytes = context.response().bytesWritten();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Object[] values = {method, path, status, bytes, millis};
        MDC.put(REQUEST_ID, id);
        for (int i = 0; i < FIELDS.length; i++) {
            MDC.put(FIELDS[i], values[i]);
        }
        try {
            LOG.infof("%s %s %d %d B %d ms", method, path, status, bytes, millis);
        } finally {
            for (String field : FIELDS) {
                MDC.remove(field);
            }
            MDC.remove(REQUEST_ID);
        }
    }

    /** The path as sent, at most 200 characters, anything but printable ASCII replaced. */
    static String printable(String path) {
        if (path == null) {
            return "";
        }
        String bounded = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…" : path;
        return bounded.replaceAll("[^\\x21-\\x7E…]", "?");
    }
}
