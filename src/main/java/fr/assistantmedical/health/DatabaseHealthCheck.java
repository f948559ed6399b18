package fr.assistantmedical.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers, within a short timeout: the check never blocks a thread. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements AsyncHealthCheck {

    private final Pool pool;
    private final Duration timeout;

    DatabaseHealthCheck(Pool pool,
            @ConfigProperty(name = "app.health.database-timeout", defaultValue = "2s") Duration timeout) {
        this.pool = pool;
        this.timeout = timeout;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.query("SELECT 1").execute()
                .map(rows -> HealthCheckResponse.up("database"))
                .ifNoItem().after(timeout).fail()
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named("database").down()
                        .withData("error", e.getClass().getSimpleName()).build());
    }
}
