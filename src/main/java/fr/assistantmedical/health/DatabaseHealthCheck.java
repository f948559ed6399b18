package fr.assistantmedical.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether PostgreSQL answers, within a short timeout, without blocking a thread. It is not part of
 * readiness: without the database the simulator still serves and contract calls answer 503 at once,
 * so taking every pod out of the Service would turn a database outage into a full one. It shows in
 * /q/health/well and in the gauge {@code aide_database_up}, checked every
 * {@code app.health.database-interval}, on which an alert pages.
 */
@Wellness
@ApplicationScoped
public class DatabaseHealthCheck implements AsyncHealthCheck {

    private final Pool pool;
    private final Duration timeout;
    private final AtomicInteger up = new AtomicInteger();

    DatabaseHealthCheck(Pool pool, MeterRegistry registry,
            @ConfigProperty(name = "app.health.database-timeout", defaultValue = "2s") Duration timeout) {
        this.pool = pool;
        this.timeout = timeout;
        Gauge.builder("aide.database.up", up, AtomicInteger::get)
                .description("1 when PostgreSQL answered the last check, else 0").register(registry);
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return refreshed().map(error -> error == null ? HealthCheckResponse.up("database")
                : HealthCheckResponse.named("database").down().withData("error", error).build());
    }

    @Scheduled(every = "${app.health.database-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return refreshed().replaceWithVoid();
    }

    /** Every check sets the gauge, so it is current as soon as anyone asks, not only on the next tick. */
    private Uni<String> refreshed() {
        return ping().invoke(error -> up.set(error == null ? 1 : 0));
    }

    /** Null when the database answered, else the kind of failure (a class name, no message). */
    private Uni<String> ping() {
        return pool.query("SELECT 1").execute().map(rows -> (String) null)
                .ifNoItem().after(timeout).fail()
                .onFailure().recoverWithItem(e -> e.getClass().getSimpleName());
    }
}
