package fr.assistantmedical.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One access-log line per request, with its request id, the path without its query, no personal data. */
@QuarkusTest
class AccessLogTest {

    private final List<ExtLogRecord> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord line = (ExtLogRecord) record;
            line.copyMdc();
            lines.add(line);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("access").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("access").removeHandler(capture);
    }

    @Test
    void oneLinePerRequestWithItsIdAndNoQuery() throws InterruptedException {
        String rpps = "10000000009";
        given().auth().oauth2(TestTokens.agent("751")).header("X-Request-Id", "audit-7")
                .when().get("/api/v1/contracts?rpps=" + rpps + "&limit=5").then().statusCode(200)
                .header("X-Request-Id", "audit-7");
        ExtLogRecord line = only("audit-7");
        assertEquals("GET", line.getMdc("method"));
        assertEquals("/api/v1/contracts", line.getMdc("path"));
        assertEquals("200", line.getMdc("status"));
        assertTrue(Long.parseLong(line.getMdc("durationMs")) >= 0);
        assertTrue(Long.parseLong(line.getMdc("bytes")) > 0);
        assertFalse(line.getFormattedMessage().contains(rpps), line.getFormattedMessage());
        assertFalse(line.getMdcCopy().toString().contains(rpps));
        assertEquals("GET /api/v1/contracts 200", line.getFormattedMessage().substring(0, 25));
    }

    @Test
    void refusedAndUnknownRequestsAreLoggedToo() throws InterruptedException {
        String unauthenticated = given().when().get("/api/v1/contracts").then().statusCode(401)
                .extract().header("X-Request-Id");
        assertEquals("401", only(unauthenticated).getMdc("status"));
        String missing = given().when().get("/nowhere/" + "x".repeat(500) + "?rpps=10000000009").then()
                .statusCode(404).extract().header("X-Request-Id");
        ExtLogRecord line = only(missing);
        assertEquals("404", line.getMdc("status"));
        assertTrue(line.getMdc("path").length() <= 201, "a long path is cut");
        String page = given().when().get("/").then().statusCode(200).extract().header("X-Request-Id");
        assertEquals("/", only(page).getMdc("path"));
    }

    /** The single access line of a request, which is written once its answer has been sent. */
    private ExtLogRecord only(String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<ExtLogRecord> found;
        do {
            Thread.sleep(20);
            found = lines.stream().filter(l -> requestId.equals(l.getMdc("requestId"))).collect(Collectors.toList());
        } while (found.isEmpty() && System.nanoTime() < deadline);
        Thread.sleep(100);
        found = lines.stream().filter(l -> requestId.equals(l.getMdc("requestId"))).collect(Collectors.toList());
        assertEquals(1, found.size(), "access lines of " + requestId + ": " + found);
        return found.get(0);
    }
}
