package fr.assistantmedical.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Headers and tokens at the edge: one Authorization, of a sane size, issued now for a sane time; bodies capped. */
@QuarkusTest
class HeaderAndTokenLimitsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI base;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map().toString());
        assertTrue(response.body().contains("\"status\":" + status), response.body());
    }

    @Test
    void twoAuthorizationHeadersAreRefused() throws Exception {
        String agent = TestTokens.agent(AsAgent.CPAM);
        assertProblem(send(HttpRequest.newBuilder(base.resolve("api/v1/contracts")).GET()
                .header("Authorization", "Bearer " + agent).header("Authorization", "Bearer " + agent)), 400);
    }

    @Test
    void aHugeTokenGetsAProblemDocument() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(base.resolve("api/v1/contracts")).GET()
                .header("Authorization", "Bearer " + "a".repeat(100_000))), 431);
    }

    @Test
    void aTokenIssuedInTheFutureOrForTooLongIsRefused() throws Exception {
        Instant now = Instant.now();
        String future = TestTokens.sign(TestTokens.claims("agent-f", "cpam-agent").claim("cpam", "751")
                .issuedAt(now.plusSeconds(3600)).expiresAt(now.plusSeconds(7200)));
        String longLived = TestTokens.sign(TestTokens.claims("agent-l", "cpam-agent").claim("cpam", "751")
                .issuedAt(now).expiresAt(now.plus(Duration.ofDays(30))));
        String fine = TestTokens.sign(TestTokens.claims("agent-ok", "cpam-agent").claim("cpam", "751")
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(23))));
        for (String token : new String[] {future, longLived}) {
            assertProblem(send(HttpRequest.newBuilder(base.resolve("api/v1/contracts")).GET()
                    .header("Authorization", "Bearer " + token)), 401);
        }
        assertEquals(200, send(HttpRequest.newBuilder(base.resolve("api/v1/contracts")).GET()
                .header("Authorization", "Bearer " + fine)).statusCode());
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIs413() throws Exception {
        byte[] big = ("{\"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"asOf\": \"" + "x".repeat(100_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        // Without a length: the body comes chunked.
        assertProblem(send(HttpRequest.newBuilder(base.resolve("api/v1/simulations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))), 413);
        // A media type is case-insensitive: the announced length is checked before reading.
        assertProblem(send(HttpRequest.newBuilder(base.resolve("api/v1/simulations"))
                .header("Content-Type", "Application/JSON").POST(HttpRequest.BodyPublishers.ofByteArray(big))), 413);
    }

    @Test
    void unreadableParametersAre400NamingThem() throws Exception {
        String agent = "Bearer " + TestTokens.agent(AsAgent.CPAM);
        for (String[] c : new String[][] {{"api/v1/contracts?status=XYZ", "status"}, {"api/v1/contracts?limit=abc", "limit"},
            {"api/v1/contracts/not-a-uuid", "id"}, {"api/v1/contracts/not-a-uuid/status", "id"}}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(c[0])).GET().header("Authorization", agent));
            assertProblem(r, 400);
            assertTrue(r.body().contains("\"field\":\"" + c[1] + "\""), r.body());
        }
    }

    @Test
    void ifMatchListsMatchOnAStrongTag() throws Exception {
        String agent = "Bearer " + TestTokens.agent(AsAgent.CPAM);
        HttpResponse<String> signed = send(HttpRequest.newBuilder(base.resolve("api/v1/contracts"))
                .header("Authorization", agent).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Contracts.gp2024(Contracts.rpps(), "2025-03-01"))));
        assertEquals(201, signed.statusCode(), signed.body());
        String etag = signed.headers().firstValue("ETag").orElseThrow();
        String id = signed.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        String activate = "{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}";
        assertProblem(send(HttpRequest.newBuilder(base.resolve("api/v1/contracts/" + id + "/transitions"))
                .header("Authorization", agent).header("Content-Type", "application/json").header("If-Match", "W/" + etag)
                .POST(HttpRequest.BodyPublishers.ofString(activate))), 412);
        HttpResponse<String> listed = send(HttpRequest.newBuilder(base.resolve("api/v1/contracts/" + id + "/transitions"))
                .header("Authorization", agent).header("Content-Type", "application/json")
                .header("If-Match", "\"999\", " + etag).POST(HttpRequest.BodyPublishers.ofString(activate)));
        assertEquals(200, listed.statusCode(), listed.body());
    }
}
