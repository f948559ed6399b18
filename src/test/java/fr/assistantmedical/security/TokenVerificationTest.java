package fr.assistantmedical.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only a valid token opens the contract endpoints; every other one gets a 401 problem. */
@QuarkusTest
class TokenVerificationTest {

    private static void refused(String token) {
        var request = given().filter(token == null ? OpenApiContract.response() : OpenApiContract.exchange());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.when().get("/api/v1/contracts").then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void aValidTokenIsAccepted() {
        given().auth().oauth2(TestTokens.agent("751")).when().get("/api/v1/contracts").then().statusCode(200)
                .contentType(startsWith("application/json")).body("items", notNullValue());
    }

    @Test
    void noToken() {
        refused(null);
    }

    @Test
    void anExpiredToken() {
        refused(TestTokens.sign(TestTokens.claims("agent", "cpam-agent").claim("cpam", "751")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))));
    }

    @Test
    void anotherIssuer() {
        refused(TestTokens.sign(TestTokens.claims("agent", "cpam-agent").claim("cpam", "751")
                .issuer("https://evil.example")));
    }

    @Test
    void anotherAudience() {
        refused(TestTokens.sign(TestTokens.claims("agent", "cpam-agent").claim("cpam", "751")
                .audience("another-service")));
    }

    @Test
    void anUnsignedTokenWithAlgNone() {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = b64("{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE
                + "\",\"sub\":\"agent\",\"groups\":[\"cpam-agent\"],\"cpam\":\"751\",\"exp\":"
                + Instant.now().plusSeconds(600).getEpochSecond() + "}");
        refused(header + "." + payload + ".");
    }

    @Test
    void aTamperedSignature() {
        String token = TestTokens.agent("751");
        String[] parts = token.split("\\.");
        String forged = b64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"751\"", "\"931\""));
        refused(parts[0] + "." + forged + "." + parts[2]);
    }

    @Test
    void aTokenAlteredByOneByteIsRefusedOnceTheOriginalWasAccepted() {
        String token = TestTokens.agent("751");
        given().auth().oauth2(token).when().get("/api/v1/contracts").then().statusCode(200);
        char last = token.charAt(token.length() - 2);
        refused(token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1));
        given().auth().oauth2(token).when().get("/api/v1/contracts").then().statusCode(200);
    }

    @Test
    void aTokenSignedWithAnotherKey() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        refused(Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("agent")
                .groups(Set.of("cpam-agent")).claim("cpam", "751").sign(generator.generateKeyPair().getPrivate()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-token", "a.b.c", ""})
    void garbage(String token) {
        refused(token.isEmpty() ? "  " : token);
    }

    @Test
    void thePublicSimulatorNeedsNoToken() {
        given().filter(OpenApiContract.exchange()).contentType("application/json")
                .body("{\"asOf\": \"2025-03-01\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"patientsMt\": 1200}")
                .when().post("/api/v1/simulations").then().statusCode(200)
                .body("eligibility.status", equalTo("ELIGIBLE")).body("simulations.option", hasItems("HALF_TIME"));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
