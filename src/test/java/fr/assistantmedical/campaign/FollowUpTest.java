package fr.assistantmedical.campaign;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.config.ClockProducer;
import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Campaigns;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.Pdf;
import fr.assistantmedical.support.SmtpServer;
import fr.assistantmedical.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The follow-up e-mail, through a real SMTP server: 48 hours after the visit (the default delay, the
 * clock moved), once whatever the number of senders, after an SMTP outage, and failed for good after
 * the last try.
 */
@QuarkusTest
@ExtendWith(AsAgent.class)
class FollowUpTest {

    @Inject
    TestClock clock;

    @Inject
    FollowUpSender sender;

    @Inject
    CampaignConfig config;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @AfterEach
    void restore() {
        clock.reset();
        SmtpServer.startServer();
    }

    @Test
    void theFollowUpLeavesFortyEightHoursAfterTheVisitWithThePresentationAttached() {
        String campaign = Campaigns.create("2025-06-01");
        String rpps = Contracts.rpps();
        String email = address();
        Campaigns.importCsv(campaign, Campaigns.HEADER + Campaigns.gpLine(rpps, 1200, 1800, "P50_P70", email) + "\n");
        Instant visited = Instant.now();
        clock.set(visited);
        JsonPath visit = visit(campaign, rpps, visited, null).statusCode(201).extract().jsonPath();
        assertEquals("PENDING", visit.getString("followUp.status"));
        assertEquals(visited.plus(Duration.ofHours(48)), Instant.parse(visit.getString("followUp.dueAt")));

        sender.sendDue();
        clock.set(visited.plus(Duration.ofHours(48)).minusSeconds(1));
        sender.sendDue();
        pause(1500); // three polls of the scheduler too
        assertEquals(0, SmtpServer.messagesTo(email).size(), "nothing before the delay");

        advanceUntil(visited.plus(Duration.ofHours(48)), () -> SmtpServer.messagesTo(email).size() == 1,
                "the follow-up once the delay is over");
        pause(1500);
        List<SmtpServer.Message> received = SmtpServer.messagesTo(email);
        assertEquals(1, received.size(), "exactly one e-mail");
        SmtpServer.Message mail = received.get(0);
        assertTrue(mail.subject().contains("présentation personnalisée"), mail.subject());
        assertTrue(mail.text().contains("ci-joint la présentation"), mail.text());
        assertEquals(1, mail.pdfs().size());
        assertTrue(Pdf.text(mail.pdfs().get(0)).contains(rpps));

        given().filter(OpenApiContract.exchange()).when().get("/api/v1/campaigns/" + campaign + "/targets/" + rpps)
                .then().statusCode(200).body("visits[0].followUp.status", org.hamcrest.Matchers.equalTo("SENT"))
                .body("visits[0].followUp.attempts", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void twoSendersAtOnceSendEachFollowUpOnce() throws Exception {
        String campaign = Campaigns.create("2025-06-01");
        StringBuilder csv = new StringBuilder(Campaigns.HEADER);
        List<String> doctors = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            doctors.add(Contracts.rpps());
            emails.add(address());
            csv.append(Campaigns.gpLine(doctors.get(i), 1200, 1800, "P50_P70", emails.get(i))).append('\n');
        }
        Campaigns.importCsv(campaign, csv.toString());
        Instant visited = Instant.now();
        clock.set(visited);
        for (String rpps : doctors) {
            visit(campaign, rpps, visited, null).statusCode(201);
        }
        clock.set(visited.plus(Duration.ofHours(48)));
        // Two more senders race the scheduled one over the same rows.
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(sender::sendDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(sender::sendDue);
        first.get(120, TimeUnit.SECONDS);
        second.get(120, TimeUnit.SECONDS);
        advanceUntil(visited.plus(Duration.ofHours(48)), () -> Campaigns.count("select count(*) from campaign_followup "
                + "where campaign_id = ?::uuid and status = 'SENT'", campaign) == 12, "every follow-up sent");
        pause(1500);
        for (String email : emails) {
            assertEquals(1, SmtpServer.messagesTo(email).size(), "one e-mail to " + email);
        }
    }

    @Test
    void anSmtpOutageDelaysTheFollowUpUntilTheServerIsBack() {
        String campaign = Campaigns.create("2025-06-01");
        String rpps = Contracts.rpps();
        String email = address();
        Campaigns.importCsv(campaign, Campaigns.HEADER + Campaigns.gpLine(rpps, 1200, 1800, "P50_P70", email) + "\n");
        Instant visited = Instant.now();
        clock.set(visited);
        visit(campaign, rpps, visited, null).statusCode(201);

        SmtpServer.stopServer();
        clock.set(visited.plus(Duration.ofHours(48)));
        waitFor(() -> attempts(campaign) >= 1, "a first try during the outage");
        JsonPath pending = followUps(campaign, "PENDING");
        assertEquals(rpps, pending.getString("[0].rpps"));
        assertEquals("Serveur de messagerie injoignable", pending.getString("[0].lastError"));
        assertEquals(0, SmtpServer.messagesTo(email).size());

        SmtpServer.startServer();
        advanceUntil(visited.plus(Duration.ofHours(48)), () -> SmtpServer.messagesTo(email).size() == 1,
                "delivery once the server is back");
        pause(1500);
        assertEquals(1, SmtpServer.messagesTo(email).size());
        JsonPath sent = followUps(campaign, "SENT");
        assertTrue(sent.getInt("[0].attempts") >= 2, "tried during the outage, sent after it");
        assertEquals(null, sent.getString("[0].lastError"));
    }

    @Test
    void aFollowUpIsMarkedFailedAfterItsLastTryAndShownAsSuch() {
        String campaign = Campaigns.create("2025-06-01");
        String rpps = Contracts.rpps();
        Campaigns.importCsv(campaign, Campaigns.HEADER + Campaigns.gpLine(rpps, 1200, 1800, "P50_P70", address()) + "\n");
        Instant visited = Instant.now();
        clock.set(visited);
        visit(campaign, rpps, visited, null).statusCode(201);
        SmtpServer.stopServer();
        Instant now = visited.plus(Duration.ofHours(48));
        int last = config.followup().maxAttempts();
        for (int attempt = 1; attempt <= last; attempt++) {
            now = now.plusSeconds(10); // past each back-off
            clock.set(now);
            int expected = attempt;
            waitFor(() -> attempts(campaign) >= expected, "try " + attempt);
        }
        JsonPath failed = followUps(campaign, "FAILED");
        assertEquals(last, failed.getInt("[0].attempts"));
        assertEquals("Serveur de messagerie injoignable", failed.getString("[0].lastError"));
        clock.set(now.plus(Duration.ofDays(1)));
        pause(1500);
        assertEquals(last, attempts(campaign), "no try after the last");
        given().filter(OpenApiContract.exchange()).when().get("/api/v1/campaigns/" + campaign + "/statistics")
                .then().statusCode(200).body("figures.followUps.FAILED", org.hamcrest.Matchers.equalTo(1));
        // What the on-call alert watches: every failed try, the last one as given up.
        String metrics = given().when().get(management + "metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("campaign_followup_failed_total{outcome=\"given_up\"}"), "given-up counter");
        assertTrue(metrics.contains("campaign_followup_failed_total{outcome=\"retried\"}"), "retried counter");
    }

    @Test
    void aRetriedVisitIsRecordedOnceAndADoctorWithoutAddressGetsNoFollowUp() {
        String campaign = Campaigns.create("2025-06-01");
        String rpps = Contracts.rpps();
        Campaigns.importCsv(campaign, Campaigns.HEADER + Campaigns.gpLine(rpps, 1200, 1800, "P50_P70", null) + "\n");
        Instant now = Instant.now();
        String key = UUID.randomUUID().toString();
        JsonPath first = visit(campaign, rpps, now, key).statusCode(201).extract().jsonPath();
        assertEquals(null, first.getString("followUp"));
        JsonPath again = visit(campaign, rpps, now, key).statusCode(200).header("Idempotent-Replayed", "true")
                .extract().jsonPath();
        assertEquals(first.getString("id"), again.getString("id"));
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"visitedOn\": \"" + today(now) + "\", \"outcome\": \"NOT_INTERESTED\"}")
                .when().post("/api/v1/campaigns/" + campaign + "/targets/" + rpps + "/visits").then().statusCode(422);
        assertEquals(1, Campaigns.count("select count(*) from campaign_visit where campaign_id = ?::uuid", campaign));
        given().filter(OpenApiContract.response()).contentType(ContentType.JSON)
                .body("{\"visitedOn\": \"" + today(now).plusDays(1) + "\", \"outcome\": \"INTERESTED\"}")
                .when().post("/api/v1/campaigns/" + campaign + "/targets/" + rpps + "/visits").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("visitedOn"));
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .body("{\"visitedOn\": \"" + today(now) + "\", \"outcome\": \"INTERESTED\"}")
                .when().post("/api/v1/campaigns/" + campaign + "/targets/" + Contracts.rpps() + "/visits")
                .then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse visit(String campaign, String rpps, Instant at,
            String key) {
        var request = given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .body("{\"visitedOn\": \"" + today(at) + "\", \"outcome\": \"INTERESTED\", \"note\": \"Intéressé\"}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/campaigns/" + campaign + "/targets/" + rpps + "/visits").then();
    }

    private static JsonPath followUps(String campaign, String status) {
        return given().filter(OpenApiContract.exchange()).queryParam("status", status)
                .when().get("/api/v1/campaigns/" + campaign + "/followups").then().statusCode(200).extract().jsonPath();
    }

    private static long attempts(String campaign) {
        return Campaigns.count("select coalesce(sum(attempts), 0) from campaign_followup where campaign_id = ?::uuid",
                campaign);
    }

    private static LocalDate today(Instant at) {
        return at.atZone(ClockProducer.PARIS).toLocalDate();
    }

    private static String address() {
        return "dr-" + UUID.randomUUID() + "@exemple.fr";
    }

    /**
     * Waits for the condition while moving the clock on from {@code from}, a few seconds per look: a
     * try that failed (or that the SMTP server let stall until the send timeout) is due again after
     * its back-off.
     */
    private void advanceUntil(Instant from, BooleanSupplier condition, String what) {
        Instant[] now = {from};
        waitFor(() -> {
            now[0] = now[0].plusSeconds(5);
            clock.set(now[0]);
            return condition.getAsBoolean();
        }, what);
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            pause(200);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
