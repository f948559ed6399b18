package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.PostgresDatabase;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The change feed: a reader who keeps each page's cursor sees every event once, in commit order, while
 * many writers change contracts at the same time; tenancy (a CPAM's agents, the partners a contract is
 * shared with, from the grant on); cursors sealed for their reader; the long poll.
 */
@QuarkusTest
class ContractFeedTest {

    private static final int WRITERS = 8;
    private static final int CONTRACTS_PER_WRITER = 12;

    private static final AtomicInteger CPAMS = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 600));

    /** A CPAM of the test's own, so that other tests' contracts are not in its feed. */
    private static String freshCpam() {
        return String.valueOf(CPAMS.incrementAndGet());
    }

    private static String sign(String cpam, String agent) {
        String body = Contracts.gp2024(Contracts.rpps(), LocalDate.now().minusDays(40).toString())
                .replace("\"cpamCode\": \"751\"", "\"cpamCode\": \"" + cpam + "\"");
        return given().header("Authorization", "Bearer " + agent).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contracts").then().statusCode(201).extract().path("id");
    }

    private static void activate(String id, String agent) {
        given().header("Authorization", "Bearer " + agent).contentType(ContentType.JSON)
                .body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"" + LocalDate.now().minusDays(30) + "\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
    }

    private static JsonPath page(String token, String after, int limit, String wait) {
        var request = given().filter(OpenApiContract.exchange()).header("Authorization", "Bearer " + token)
                .queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        if (wait != null) {
            request.queryParam("wait", wait);
        }
        return request.when().get("/api/v1/contract-events").then().statusCode(200).extract().jsonPath();
    }

    /** Reads every page up to the end; the events as "contract/type/version". */
    private static String readAll(String token, String after, int limit, List<String> into) {
        String cursor = after;
        while (true) {
            JsonPath page = page(token, cursor, limit, null);
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                into.add(item.get("contractId") + "/" + item.get("type") + "/" + item.get("version"));
            }
            cursor = page.getString("nextCursor");
            if (items.size() < limit) {
                return cursor;
            }
        }
    }

    @Test
    void concurrentWritersNoGapNoDuplicate() throws Exception {
        String cpam = freshCpam();
        String agent = TestTokens.agent(cpam);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = new ArrayList<>();
        try {
            // The reader follows the feed while the writers write, with small pages.
            Future<String> reader = pool.submit(() -> {
                String cursor = null;
                while (writing.get()) {
                    cursor = readAll(agent, cursor, 5, seen);
                }
                return readAll(agent, cursor, 5, seen);
            });
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < CONTRACTS_PER_WRITER; i++) {
                        String id = sign(cpam, agent);
                        activate(id, agent);
                        ids.add(id);
                    }
                    return ids;
                }));
            }
            Set<String> expected = new HashSet<>();
            for (Future<List<String>> writer : writers) {
                for (String id : writer.get(300, TimeUnit.SECONDS)) {
                    expected.add(id + "/SIGNED/0");
                    expected.add(id + "/ACTIVATED/1");
                }
            }
            writing.set(false);
            String last = reader.get(120, TimeUnit.SECONDS);

            assertEquals(WRITERS * CONTRACTS_PER_WRITER * 2, expected.size());
            assertEquals(seen.size(), new HashSet<>(seen).size(), "no event twice");
            assertEquals(expected, new HashSet<>(seen), "every event, none skipped");
            // Commit order: a contract's activation never comes before its signature.
            Map<String, Integer> signedAt = new HashMap<>();
            for (int i = 0; i < seen.size(); i++) {
                String[] parts = seen.get(i).split("/");
                if (parts[1].equals("SIGNED")) {
                    signedAt.put(parts[0], i);
                } else {
                    assertTrue(signedAt.containsKey(parts[0]), "signed before activated: " + seen.get(i));
                }
            }
            // A reader from the start, after the writers, reads the same events in the same order.
            List<String> again = new ArrayList<>();
            readAll(agent, null, 37, again);
            assertEquals(seen, again);
            // Up to date: the last cursor gives nothing more.
            assertEquals(List.of(), page(agent, last, 10, null).getList("items"));
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    @Test
    void agentsReadTheirCpamPartnersWhatIsSharedFromTheGrant() {
        String cpam = freshCpam();
        String agent = TestTokens.agent(cpam);
        String otherAgent = TestTokens.agent(cpam.equals("998") ? "997" : "998");
        String partner = TestTokens.partner("logiciel-feed");
        String otherPartner = TestTokens.partner("logiciel-autre");
        String otherBefore = page(otherAgent, null, 500, null).getString("nextCursor");
        String partnerBefore = readAll(partner, null, 500, new ArrayList<>());

        String shared = sign(cpam, agent);
        String notShared = sign(cpam, agent);
        // Granted under another case: the same organisation, recorded in lower case.
        given().header("Authorization", "Bearer " + agent).filter(OpenApiContract.exchange())
                .when().put("/api/v1/contracts/" + shared + "/grants/LOGICIEL-FEED").then().statusCode(204);
        given().header("Authorization", "Bearer " + agent).filter(OpenApiContract.exchange())
                .when().get("/api/v1/contracts/" + shared + "/grants").then().statusCode(200)
                .body("organisation", equalTo(List.of("logiciel-feed")));
        activate(shared, agent);
        activate(notShared, agent);

        List<String> agentSees = new ArrayList<>();
        readAll(agent, null, 500, agentSees);
        assertEquals(List.of(shared + "/SIGNED/0", notShared + "/SIGNED/0", shared + "/ACCESS_GRANTED/0",
                shared + "/ACTIVATED/1", notShared + "/ACTIVATED/1"), agentSees);

        // The partner: the shared contract only, from the grant on, without the grant itself nor actors.
        JsonPath partnerPage = page(partner, partnerBefore, 500, null);
        assertEquals(List.of(shared), partnerPage.getList("items.contractId"));
        assertEquals(List.of("ACTIVATED"), partnerPage.getList("items.type"));
        assertEquals(List.of("ACTIVE"), partnerPage.getList("items.status"));
        assertNull(partnerPage.get("items[0].actor"));
        List<String> otherPartnerSees = new ArrayList<>();
        readAll(otherPartner, null, 500, otherPartnerSees);
        assertTrue(otherPartnerSees.stream().noneMatch(e -> e.startsWith(shared) || e.startsWith(notShared)));
        // Another CPAM's agent sees none of it.
        List<String> otherSees = new ArrayList<>();
        readAll(otherAgent, otherBefore, 500, otherSees);
        assertTrue(otherSees.stream().noneMatch(e -> e.startsWith(shared) || e.startsWith(notShared)));

        // Revoked: the contract leaves the partner's feed.
        given().header("Authorization", "Bearer " + agent)
                .when().delete("/api/v1/contracts/" + shared + "/grants/Logiciel-Feed").then().statusCode(204);
        given().header("Authorization", "Bearer " + agent)
                .when().get("/api/v1/contracts/" + shared + "/grants").then().statusCode(200)
                .body("$", equalTo(List.of()));
        assertEquals(List.of(), page(partner, partnerBefore, 500, null).getList("items"));
    }

    private static void suspend(String id, String agent) {
        given().header("Authorization", "Bearer " + agent).contentType(ContentType.JSON)
                .body("{\"action\": \"SUSPEND\", \"effectiveDate\": \"" + LocalDate.now().minusDays(10)
                        + "\", \"reason\": \"Arrêt maladie de l'assistante\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
    }

    private static void share(String id, String organisation, String agent, boolean granted) {
        var request = given().header("Authorization", "Bearer " + agent).when();
        String path = "/api/v1/contracts/" + id + "/grants/" + organisation;
        (granted ? request.put(path) : request.delete(path)).then().statusCode(204);
    }

    /** The events of a feed read from the start, as "contract/type". */
    private static List<String> feedOf(String token) {
        List<String> events = new ArrayList<>();
        readAll(token, null, 7, events);
        return events.stream().map(e -> e.substring(0, e.lastIndexOf('/'))).toList();
    }

    /** What the feeds showed before V42, decided from the contracts and the grants at read time. */
    private static List<String> feedAsDefined(String where, String tenant) throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection c = PostgresDatabase.connect(url);
                PreparedStatement sql = c.prepareStatement("SELECT e.contract_id || '/' || e.type "
                        + "FROM contract_feed f JOIN contract_event e ON e.id = f.event_id "
                        + "JOIN contract c ON c.id = e.contract_id WHERE " + where + " ORDER BY f.position")) {
            sql.setString(1, tenant);
            List<String> events = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1));
                }
            }
            return events;
        }
    }

    @Test
    void feedsByTenantGiveWhatTheContractsAndCurrentGrantsSay() throws Exception {
        String cpam = freshCpam();
        String agent = TestTokens.agent(cpam);
        String revoked = "logiciel-retire-" + cpam;
        String kept = "logiciel-garde-" + cpam;
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<String> both = new ArrayList<>();
        try {
            // Writers at once, each on contracts of its own: every contract is shared with one
            // organisation before its activation, every other one with a second organisation too.
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    List<String> sharedTwice = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        String id = sign(cpam, agent);
                        if ((writer + i) % 2 == 0) {
                            share(id, kept, agent, true);
                            sharedTwice.add(id);
                        }
                        share(id, revoked, agent, true);
                        activate(id, agent);
                    }
                    return sharedTwice;
                }));
            }
            for (Future<List<String>> writer : writers) {
                both.addAll(writer.get(300, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        // The first organisation loses those shared twice (their past events too), then they are suspended.
        for (String id : both) {
            share(id, revoked, agent, false);
            suspend(id, agent);
        }

        List<String> agentSees = feedOf(agent);
        assertEquals(WRITERS * 4 * 3 + WRITERS * 2 * 3, agentSees.size());
        assertEquals(feedAsDefined("c.cpam_code = ?", cpam), agentSees);
        String partnerFeed = "EXISTS (SELECT 1 FROM contract_grant g WHERE g.contract_id = e.contract_id "
                + "AND g.organisation = ? AND e.id >= g.since_event) AND e.type NOT IN ('ACCESS_GRANTED', 'ACCESS_REVOKED')";
        // Shared before the activation: the activations and suspensions.
        List<String> keptSees = feedOf(TestTokens.partner(kept));
        assertEquals(WRITERS * 2 * 2, keptSees.size());
        assertEquals(feedAsDefined(partnerFeed, kept), keptSees);
        // Revoked from half the contracts: none of their events stays, the others' activations do.
        List<String> revokedSees = feedOf(TestTokens.partner(revoked));
        assertEquals(WRITERS * 2, revokedSees.size());
        assertTrue(revokedSees.stream().allMatch(e -> e.endsWith("/ACTIVATED")), revokedSees.toString());
        assertTrue(revokedSees.stream().noneMatch(keptSees::contains));
        assertEquals(feedAsDefined(partnerFeed, revoked), revokedSees);
    }

    @Test
    void cursorsAreSealedForTheirReader() {
        String cpam = freshCpam();
        String agent = TestTokens.agent(cpam);
        sign(cpam, agent);
        String cursor = page(agent, null, 1, null).getString("nextCursor");
        // Opaque: not a number, and a new one each time.
        assertFalse(cursor.matches("[0-9]+"));
        assertNotEquals(cursor, page(agent, null, 1, null).getString("nextCursor"));
        for (String token : List.of(TestTokens.agent(cpam.equals("998") ? "997" : "998"),
                TestTokens.partner("logiciel-feed"))) {
            given().header("Authorization", "Bearer " + token).queryParam("after", cursor)
                    .when().get("/api/v1/contract-events").then().statusCode(400)
                    .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                    .body("violations.field", hasItem("after"));
        }
        String altered = (cursor.charAt(5) == 'A' ? "B" : "A");
        altered = cursor.substring(0, 5) + altered + cursor.substring(6);
        given().header("Authorization", "Bearer " + agent).queryParam("after", altered)
                .when().get("/api/v1/contract-events").then().statusCode(400).body("violations.field", hasItem("after"));
        for (String[] bad : List.of(new String[] {"limit", "0"}, new String[] {"limit", "501"},
                new String[] {"wait", "31s"}, new String[] {"wait", "soon"})) {
            given().header("Authorization", "Bearer " + agent).queryParam(bad[0], bad[1])
                    .when().get("/api/v1/contract-events").then().statusCode(400)
                    .body("violations.field", hasItem(bad[0]));
        }
        given().when().get("/api/v1/contract-events").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.ops())
                .when().get("/api/v1/contract-events").then().statusCode(403);
    }

    @Test
    void aWaitingReaderGetsTheNextEventWhenItCommits() throws Exception {
        String cpam = freshCpam();
        String agent = TestTokens.agent(cpam);
        String cursor = readAll(agent, null, 500, new ArrayList<>());

        long started = System.nanoTime();
        JsonPath empty = page(agent, cursor, 10, "2s");
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(List.of(), empty.getList("items"));
        assertTrue(waited >= 1000, "waited " + waited + " ms");

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<JsonPath> waiting = pool.submit(() -> page(agent, empty.getString("nextCursor"), 10, "20s"));
            Thread.sleep(1500);
            String id = sign(cpam, agent);
            started = System.nanoTime();
            JsonPath got = waiting.get(30, TimeUnit.SECONDS);
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 10_000);
            assertEquals(List.of(id), got.getList("items.contractId"));
        } finally {
            pool.shutdownNow();
        }
    }
}
