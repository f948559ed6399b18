package fr.assistantmedical.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.PostgresDatabase;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The service's database connections are killed (pg_terminate_backend) while contracts are written:
 * each write answers what it did, or a 503 with Retry-After; never a 500.
 */
@QuarkusTest
class KilledConnectionTest {

    @Test
    void aKilledConnectionIsA503NeverA500() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.substring(url.lastIndexOf('/') + 1);
        String agent = TestTokens.agent(AsAgent.CPAM);
        AtomicBoolean running = new AtomicBoolean(true);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(5);
        Future<?> killer = pool.submit(() -> {
            try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl("postgres"));
                    PreparedStatement kill = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            + "WHERE datname = ? AND pid <> pg_backend_pid() AND backend_type = 'client backend'")) {
                kill.setString(1, database);
                while (running.get()) {
                    kill.execute();
                    Thread.sleep(40);
                }
            }
            return null;
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            writers.add(pool.submit(() -> {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
                while (System.nanoTime() < end) {
                    Response r = given().auth().oauth2(agent).contentType("application/json")
                            .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01"))
                            .when().post("/api/v1/contracts");
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    if (r.statusCode() >= 500 && (r.statusCode() != 503 || r.header("Retry-After") == null
                            || !r.contentType().startsWith("application/problem+json"))) {
                        failures.add(r.statusCode() + " " + r.asString());
                    } else if (r.statusCode() != 201 && r.statusCode() != 503) {
                        failures.add(r.statusCode() + " " + r.asString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : writers) {
            w.get(60, TimeUnit.SECONDS);
        }
        running.set(false);
        killer.get(10, TimeUnit.SECONDS);
        pool.shutdown();
        System.out.println("Writes while connections are killed: " + new TreeMap<>(statuses));
        assertTrue(failures.isEmpty(), failures.stream().limit(5).toList().toString());
        assertTrue(statuses.getOrDefault(503, 0) > 0, "connections were killed during writes: " + statuses);
        // Once the killing stops, writes work again.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int status;
        do {
            status = given().auth().oauth2(agent).contentType("application/json")
                    .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).when().post("/api/v1/contracts").statusCode();
        } while (status != 201 && System.nanoTime() < deadline);
        assertTrue(status == 201, "writes work again: " + status);
    }
}
