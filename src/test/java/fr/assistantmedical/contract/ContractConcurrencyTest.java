package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.TestClock;
import fr.assistantmedical.support.AsAgent;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many clients change one contract at once: one change wins per version, nothing is lost or doubled;
 * the same request sent many times at once gets the same answer every time.
 */
@QuarkusTest
@ExtendWith(AsAgent.class)
class ContractConcurrencyTest {

    private static final int CLIENTS = 100;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Sends every request at once, each with If-Match on the given version, and returns the statuses. */
    private static List<Integer> race(String id, long version, List<String[]> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String[] request : requests) {
                Callable<Integer> call = () -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                            .body(request[1]).when().post("/api/v1/contracts/" + id + request[0])
                            .then().extract().statusCode();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneChangeWinsPerVersion() throws Exception {
        clock.set(LocalDate.parse("2025-03-01"));
        String id = Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).getString("id");
        given().contentType(ContentType.JSON).body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
        clock.set(LocalDate.parse("2026-03-05"));

        long version = 1;
        for (int round = 0; round < 3; round++) {
            // Conflicting changes on one version: payments with distinct references, suspensions, a review.
            List<String[]> requests = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                requests.add(switch (i % 3) {
                    case 0 -> new String[] {"/payments", "{\"contractYear\": 1, \"amount\": 100, \"paidOn\": \"2026-03-02\","
                            + " \"reference\": \"R" + round + "-" + i + "\"}"};
                    case 1 -> new String[] {"/transitions", round % 2 == 0
                            ? "{\"action\": \"SUSPEND\", \"effectiveDate\": \"2026-03-0" + (1 + 2 * round)
                                    + "\", \"reason\": \"absence " + i + "\"}"
                            : "{\"action\": \"RESUME\", \"effectiveDate\": \"2026-03-02\"}"};
                    default -> new String[] {"/reviews", "{\"contractYear\": 1, \"patientsMt\": " + (1000 * round + i)
                            + ", \"patientsFileActive\": 1800}"};
                });
            }
            List<Integer> statuses = race(id, version, requests);
            long won = statuses.stream().filter(s -> s == 200 || s == 201).count();
            Set<Integer> others = new HashSet<>(statuses);
            others.removeAll(Set.of(200, 201));
            assertEquals(1, won, "exactly one change wins on version " + version + ": " + statuses);
            assertTrue(Set.of(409, 412).containsAll(others), "the others are refused: " + others);
            version++;
            long current = version;
            given().when().get("/api/v1/contracts/" + id).then().statusCode(200).header("ETag", "\"" + current + "\"");
        }

        List<Map<String, Object>> events = given().when().get("/api/v1/contracts/" + id + "/events")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(2 + 3, events.size(), "one event per change that won");
        Map<String, Object> last = castMap(events.get(events.size() - 1).get("after"));
        assertEquals(4, ((Number) last.get("version")).intValue());
        // The money recorded equals the payments that won, once each.
        Object paidYear1 = given().when().get("/api/v1/contracts/" + id).then().extract().path("years[0].amountPaid");
        long payments = events.stream().filter(e -> "PAYMENT_RECORDED".equals(e.get("type"))).count();
        assertEquals(100.0f * payments, ((Number) paidYear1).floatValue());
    }

    /** Sends the same request many times at once and returns the statuses. */
    private static List<Integer> same(int times, Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameReviewOrShareSentManyTimesAtOnceGetsTheIdempotentAnswer() throws Exception {
        clock.set(LocalDate.parse("2025-03-01"));
        String id = Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).getString("id");
        given().contentType(ContentType.JSON).body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
        clock.set(LocalDate.parse("2026-03-05"));
        String review = "{\"contractYear\": 1, \"patientsMt\": 1250, \"patientsFileActive\": 1850}";
        List<Integer> reviews = same(30, () -> given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(review).when().post("/api/v1/contracts/" + id + "/reviews").then().extract().statusCode());
        assertEquals(1, reviews.stream().filter(s -> s == 201).count(), "one review recorded: " + reviews);
        assertEquals(29, reviews.stream().filter(s -> s == 200).count(), "the others find it: " + reviews);

        List<Integer> grants = same(30, () -> given().when().put("/api/v1/contracts/" + id + "/grants/logiciel-c")
                .then().extract().statusCode());
        assertEquals(List.of(204), grants.stream().distinct().toList(), "every share answers 204: " + grants);

        List<Map<String, Object>> events = given().when().get("/api/v1/contracts/" + id + "/events")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("SIGNED", "ACTIVATED", "REVIEWED", "ACCESS_GRANTED"),
                events.stream().map(e -> e.get("type")).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
