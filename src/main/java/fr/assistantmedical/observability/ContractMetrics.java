package fr.assistantmedical.observability;

import fr.assistantmedical.contract.core.ContractStatus;
import fr.assistantmedical.contract.persistence.ContractRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Contracts by status, counted in the database on a schedule: a scrape reads the last count and
 * never waits for the database.
 */
@Startup
@ApplicationScoped
public class ContractMetrics {

    private final Map<ContractStatus, AtomicLong> counts = new EnumMap<>(ContractStatus.class);
    private final ContractRepository contracts;

    ContractMetrics(MeterRegistry registry, ContractRepository contracts) {
        this.contracts = contracts;
        for (ContractStatus status : ContractStatus.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(status, count);
            Gauge.builder("aide.contracts", count, AtomicLong::get).description("Contracts by status")
                    .tag("status", status.name()).register(registry);
        }
    }

    @Scheduled(every = "${app.metrics.contracts-refresh:30s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        // The session is opened inside the chain, so that failing to open it is recovered too: a
        // database outage shows in readiness, and the gauges keep their last values.
        return Panache.withSession(contracts::countByStatus).invoke(found -> counts.forEach(
                (status, count) -> count.set(found.getOrDefault(status, 0L)))).replaceWithVoid()
                .onFailure().recoverWithNull();
    }
}
