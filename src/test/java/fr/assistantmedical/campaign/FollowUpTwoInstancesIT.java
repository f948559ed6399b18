package fr.assistantmedical.campaign;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.Campaigns;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.PostgresDatabase;
import fr.assistantmedical.support.SmtpServer;
import fr.assistantmedical.support.TestTokens;
import io.restassured.http.ContentType;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances of the service on one database and one SMTP server: every follow-up is
 * sent once, whichever instance recorded its visit and whichever claims it.
 */
class FollowUpTwoInstancesIT {

    private static final PostgresDatabase DATABASE = new PostgresDatabase();
    private static final SmtpServer SMTP = new SmtpServer();
    private static final TestTokens TOKENS = new TestTokens();
    private static final List<Process> INSTANCES = new ArrayList<>();
    private static final List<Integer> PORTS = new ArrayList<>();
    private static String jdbcUrl;
    private static String agent;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Map<String, String> db = DATABASE.start();
        jdbcUrl = db.get("quarkus.datasource.jdbc.url");
        Map<String, String> smtp = SMTP.start();
        // The key pair of this test only: the property naming the signing key is set back afterwards,
        // for the other packaged-jar tests of the run.
        String runKey = System.getProperty("test.jwt.private-key");
        Map<String, String> jwt = TOKENS.start();
        agent = "Bearer " + TestTokens.agent("751");
        if (runKey != null) {
            System.setProperty("test.jwt.private-key", runKey);
        }
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            int management = freePort();
            Map<String, String> env = new HashMap<>();
            env.put("PORT", String.valueOf(port));
            env.put("MANAGEMENT_PORT", String.valueOf(management));
            env.put("DB_URL", db.get("quarkus.datasource.reactive.url"));
            env.put("DB_USER", db.get("quarkus.datasource.username"));
            env.put("DB_PASSWORD", db.get("quarkus.datasource.password"));
            env.put("JWT_PUBLIC_KEY_LOCATION", jwt.get("mp.jwt.verify.publickey.location"));
            env.put("JWT_ISSUER", TestTokens.ISSUER);
            env.put("SMTP_HOST", smtp.get("quarkus.mailer.host"));
            env.put("SMTP_PORT", smtp.get("quarkus.mailer.port"));
            env.put("SMTP_STARTTLS", "DISABLED");
            env.put("MAIL_FROM", "suivi-campagne@cpam.test.invalid");
            env.put("CAMPAIGN_FOLLOWUP_DELAY", "PT2S");
            env.put("CAMPAIGN_FOLLOWUP_POLL", "1s");
            env.put("RATE_LIMIT_ENABLED", "false");
            env.put("LOG_JSON", "false");
            env.put("SHUTDOWN_DELAY", "0s");
            // A send that stalls is given up after 10 seconds and tried again 2 seconds later.
            env.put("SMTP_TIMEOUT", "10s");
            env.put("CAMPAIGN_FOLLOWUP_SEND_TIMEOUT", "PT10S");
            env.put("CAMPAIGN_FOLLOWUP_BACKOFF", "PT2S");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", "target/quarkus-app/quarkus-run.jar")
                    .redirectErrorStream(true).redirectOutput(new File("target/two-instances-" + i + ".log"));
            builder.environment().putAll(env);
            INSTANCES.add(builder.start());
            PORTS.add(port);
            waitReady(management, INSTANCES.get(i)); // one after the other: the first migrates the database
        }
    }

    @AfterAll
    static void stopEverything() {
        INSTANCES.forEach(p -> {
            p.destroy();
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        SMTP.stop();
        DATABASE.stop();
    }

    @Test
    void everyFollowUpIsSentOnceByOneOfTheTwoInstances() throws Exception {
        String first = "http://127.0.0.1:" + PORTS.get(0);
        String campaign = given().baseUri(first).header("Authorization", agent).contentType(ContentType.JSON)
                .body("{\"name\": \"Deux instances\", \"asOf\": \"2025-06-01\"}")
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        List<String> doctors = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        StringBuilder csv = new StringBuilder(Campaigns.HEADER);
        for (int i = 0; i < 20; i++) {
            doctors.add(Contracts.rpps());
            emails.add("dr-" + UUID.randomUUID() + "@exemple.fr");
            csv.append(Campaigns.gpLine(doctors.get(i), 1200, 1800, "P50_P70", emails.get(i))).append('\n');
        }
        given().baseUri(first).header("Authorization", agent).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/campaigns/" + campaign + "/targets").then().statusCode(200);
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        for (int i = 0; i < doctors.size(); i++) {
            given().baseUri("http://127.0.0.1:" + PORTS.get(i % 2)).header("Authorization", agent)
                    .contentType(ContentType.JSON).body("{\"visitedOn\": \"" + today + "\", \"outcome\": \"INTERESTED\"}")
                    .when().post("/api/v1/campaigns/" + campaign + "/targets/" + doctors.get(i) + "/visits")
                    .then().statusCode(201);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (sent(campaign) < 20 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(20, sent(campaign), "every follow-up sent");
        Thread.sleep(3000); // two more polls of each instance
        for (String email : emails) {
            assertEquals(1, SMTP.received(email).size(), "one e-mail to " + email);
        }
        assertTrue(INSTANCES.stream().allMatch(Process::isAlive));
    }

    private static long sent(String campaign) throws SQLException {
        try (Connection c = PostgresDatabase.connect(jdbcUrl); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from campaign_followup where status = 'SENT' and campaign_id = '" + campaign + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Readiness, on the instance's management port. */
    private static void waitReady(int managementPort, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("an instance stopped: see target/two-instances-*.log");
            }
            try {
                if (given().baseUri("http://127.0.0.1:" + managementPort).when().get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception e) {
                // not listening yet (the connection error comes unchecked through Groovy)
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("an instance did not become ready: see target/two-instances-*.log");
    }
}
