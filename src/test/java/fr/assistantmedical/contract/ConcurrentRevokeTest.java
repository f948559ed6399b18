package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.PostgresDatabase;
import fr.assistantmedical.support.TestClock;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Grants and revocations sent by many clients at once, on different contracts and on the same one:
 * every request answers (204), none leaves its transaction open, and the grants, the log and the
 * partners' feeds end as the requests say.
 */
@QuarkusTest
class ConcurrentRevokeTest {

    private static final int CONTRACTS = 12;
    private static final int ROUNDS = 3;
    /** An answer later than this is a hung request. */
    private static final long ANSWER_SECONDS = 60;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Sends every request at once and returns the statuses, in order; a request that does not answer fails. */
    private static List<Integer> atOnce(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                try {
                    statuses.add(f.get(ANSWER_SECONDS, TimeUnit.SECONDS));
                } catch (TimeoutException e) {
                    fail("a request did not answer within " + ANSWER_SECONDS + " s; open transactions: "
                            + idleInTransaction());
                } catch (ExecutionException e) {
                    throw new AssertionError(e.getCause());
                }
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Integer> put(String token, String path) {
        return () -> given().auth().oauth2(token).when().put(path).statusCode();
    }

    private static Callable<Integer> delete(String token, String path) {
        return () -> given().auth().oauth2(token).when().delete(path).statusCode();
    }

    @Test
    void grantsAndRevocationsAtOnceAllAnswerAndLeaveNoTransactionOpen() throws Exception {
        String agent = TestTokens.agent("751");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            String id = given().auth().oauth2(agent).contentType(ContentType.JSON)
                    .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01"))
                    .when().post("/api/v1/contracts").then().statusCode(201).extract().path("id");
            given().auth().oauth2(agent).contentType(ContentType.JSON)
                    .body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                    .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
            ids.add(id);
        }
        for (int round = 0; round < ROUNDS; round++) {
            String kept = "partage-garde-" + round;
            String revoked = "partage-retire-" + round;
            String added = "partage-ajout-" + round;
            for (String id : ids) {
                for (String organisation : List.of(kept, revoked)) {
                    given().auth().oauth2(agent).when().put("/api/v1/contracts/" + id + "/grants/" + organisation)
                            .then().statusCode(204);
                }
            }
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String id : ids) {
                String grants = "/api/v1/contracts/" + id + "/grants/";
                // The same revocation twice (the second one changes nothing), a grant of another
                // organisation and an event of the contract, on every contract at once.
                calls.add(delete(agent, grants + revoked));
                calls.add(delete(agent, grants + revoked.toUpperCase()));
                calls.add(put(agent, grants + added));
                calls.add(() -> given().auth().oauth2(agent).contentType(ContentType.JSON)
                        .body("{\"contractYear\": 1, \"patientsMt\": 1250, \"patientsFileActive\": 1850}")
                        .when().post("/api/v1/contracts/" + id + "/reviews").statusCode());
            }
            List<Integer> statuses = atOnce(calls);
            for (int i = 0; i < statuses.size(); i++) {
                int status = statuses.get(i);
                boolean review = i % 4 == 3;
                assertTrue(review ? status == 200 || status == 201 : status == 204,
                        "round " + round + ", request " + i + ": " + statuses);
            }
            assertEquals(List.of(), idleInTransaction(), "transactions left open after round " + round);

            for (String id : ids) {
                List<String> organisations = given().auth().oauth2(agent).when()
                        .get("/api/v1/contracts/" + id + "/grants").then().statusCode(200).extract()
                        .path("organisation");
                assertTrue(organisations.contains(kept) && organisations.contains(added)
                        && !organisations.contains(revoked), organisations.toString());
                List<String> reasons = given().auth().oauth2(agent).when().get("/api/v1/contracts/" + id + "/events")
                        .then().statusCode(200).extract().path("reason");
                assertEquals(1, reasons.stream().filter(("Accès retiré à " + revoked)::equals).count(),
                        reasons.toString());
                assertEquals(1, reasons.stream().filter(("Accès ouvert à " + added)::equals).count(),
                        reasons.toString());
            }
            assertEquals(0, count("SELECT count(*) FROM contract_feed_organisation WHERE organisation = ?", revoked));
            // The partners' positions are those the grants give, and every event has its position.
            assertEquals(count("SELECT count(*) FROM contract_grant g JOIN contract_event e "
                    + "ON e.contract_id = g.contract_id AND e.id >= g.since_event "
                    + "AND e.type NOT IN ('ACCESS_GRANTED', 'ACCESS_REVOKED') WHERE g.organisation = ?", added),
                    count("SELECT count(*) FROM contract_feed_organisation WHERE organisation = ?", added));
            assertEquals(count("SELECT count(*) FROM contract_grant g JOIN contract_event e "
                    + "ON e.contract_id = g.contract_id AND e.id >= g.since_event "
                    + "AND e.type NOT IN ('ACCESS_GRANTED', 'ACCESS_REVOKED') WHERE g.organisation = ?", kept),
                    count("SELECT count(*) FROM contract_feed_organisation WHERE organisation = ?", kept));
            assertEquals(0, count("SELECT count(*) FROM contract_event e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM contract_feed f WHERE f.event_id = e.id)"));
        }
    }

    /** Three GPs, MT 700 / 800 / 900, asking 2 ETP. */
    private static String group(String asOf) {
        String member = "{\"rpps\": \"%s\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", "
                + "\"patientsMt\": %d, \"patientsFileActive\": %d, \"particularPractice\": false}";
        return "{\"cpamCode\": \"751\", \"companyId\": \"123456789\", \"asOf\": \"" + asOf
                + "\", \"structureType\": \"SCM\", \"etp\": 2, \"members\": ["
                + member.formatted(Contracts.rpps(), 700, 1100) + ", " + member.formatted(Contracts.rpps(), 800, 1200)
                + ", " + member.formatted(Contracts.rpps(), 900, 1300) + "]}";
    }

    @Test
    void collectiveGrantsAndRevocationsAtOnceAllAnswerAndLeaveNoTransactionOpen() throws Exception {
        clock.set(LocalDate.parse("2026-03-02"));
        String agent = TestTokens.agent("751");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            ids.add(given().auth().oauth2(agent).contentType(ContentType.JSON).body(group("2026-03-02"))
                    .when().post("/api/v1/collective/contracts").then().statusCode(201).extract().path("id"));
        }
        for (int round = 0; round < ROUNDS; round++) {
            String kept = "partage-garde-" + round;
            String revoked = "partage-retire-" + round;
            String added = "partage-ajout-" + round;
            for (String id : ids) {
                for (String organisation : List.of(kept, revoked)) {
                    given().auth().oauth2(agent).when()
                            .put("/api/v1/collective/contracts/" + id + "/grants/" + organisation)
                            .then().statusCode(204);
                }
            }
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String id : ids) {
                String grants = "/api/v1/collective/contracts/" + id + "/grants/";
                calls.add(delete(agent, grants + revoked));
                calls.add(delete(agent, grants + revoked.toUpperCase()));
                calls.add(put(agent, grants + added));
                calls.add(put(agent, grants + added));
            }
            List<Integer> statuses = atOnce(calls);
            assertTrue(statuses.stream().allMatch(s -> s == 204), "round " + round + ": " + statuses);
            assertEquals(List.of(), idleInTransaction(), "transactions left open after round " + round);
            assertEquals(0, count("SELECT count(*) FROM collective_contract_grant WHERE organisation = ?", revoked));
            assertEquals(CONTRACTS,
                    count("SELECT count(*) FROM collective_contract_grant WHERE organisation = ?", added));
            assertEquals(CONTRACTS,
                    count("SELECT count(*) FROM collective_contract_grant WHERE organisation = ?", kept));
        }
    }

    private static Connection connect() throws SQLException {
        return PostgresDatabase.connect(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
    }

    private static long count(String sql, String... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * The service's connections still in a transaction once every request has answered: none should
     * be, past the moment a connection takes to go back to its pool.
     */
    /**
     * Transactions open and idle, but for the follow-up sender's: it keeps its follow-up locked while
     * it talks to the mail server (the outbox's send-once guarantee), which other tests' campaigns
     * may have left it to do.
     */
    private static List<String> idleInTransaction() {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(
                "SELECT state || ': ' || query FROM pg_stat_activity WHERE datname = current_database() "
                        + "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%' "
                        + "AND query NOT LIKE '%FROM campaign_followup f WHERE f.status = ''PENDING''%'")) {
            List<String> open = List.of();
            for (int attempt = 0; attempt < 50; attempt++) {
                open = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        open.add(rows.getString(1));
                    }
                }
                if (open.isEmpty()) {
                    return open;
                }
                Thread.sleep(100);
            }
            return open;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("interrupted");
        }
    }
}
