package fr.assistantmedical.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.PostgresDatabase;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Key rotation: the service verifies tokens against a JWK set. While it holds the current and the
 * next key, tokens signed by either verify, each found by its "kid"; a key outside the set, or a kid
 * naming another key, is refused.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.TwoKeys.class)
class KeyRotationTest {

    private static final KeyPair NEXT = rsa();

    public static class TwoKeys implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresDatabase.class), new TestResourceEntry(KeySet.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** The run's key (kid "test", the one TestTokens signs with) and the next one (kid "next"), as a JWK set file. */
    public static class KeySet extends TestTokens {
        @Override
        public Map<String, String> start() {
            Map<String, String> settings = new HashMap<>(super.start());
            try {
                Path pem = Path.of(URI.create(settings.get("mp.jwt.verify.publickey.location")));
                RSAPublicKey current = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                        new X509EncodedKeySpec(Base64.getMimeDecoder().decode(Files.readString(pem)
                                .replaceAll("-----[A-Z ]+-----", ""))));
                Path jwks = pem.resolveSibling("jwks.json");
                Files.writeString(jwks, "{\"keys\": [" + jwk("test", current) + ", "
                        + jwk("next", (RSAPublicKey) NEXT.getPublic()) + "]}");
                jwks.toFile().deleteOnExit();
                settings.put("mp.jwt.verify.publickey.location", jwks.toUri().toString());
                return settings;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String jwk(String kid, RSAPublicKey key) {
            return "{\"kty\": \"RSA\", \"use\": \"sig\", \"alg\": \"RS256\", \"kid\": \"" + kid + "\", \"n\": \""
                    + unsigned(key.getModulus()) + "\", \"e\": \"" + unsigned(key.getPublicExponent()) + "\"}";
        }

        private static String unsigned(BigInteger value) {
            byte[] bytes = value.toByteArray();
            if (bytes[0] == 0) {
                bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String kid, PrivateKey key) {
        return TestTokens.claims("agent-751", "cpam-agent").claim("cpam", "751").jws().keyId(kid).sign(key);
    }

    private static int contracts(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/contracts").then().extract().statusCode();
    }

    @Test
    void theCurrentKeyStillVerifies() {
        given().auth().oauth2(TestTokens.agent("751")).when().get("/api/v1/contracts").then().statusCode(200);
    }

    @Test
    void theNextKeyVerifiesToo() {
        given().auth().oauth2(token("next", NEXT.getPrivate())).when().get("/api/v1/contracts").then()
                .statusCode(200);
    }

    @Test
    void aKeyOutsideTheSetIsRefused() {
        given().auth().oauth2(token("next", rsa().getPrivate())).when().get("/api/v1/contracts").then()
                .statusCode(401).body("type", equalTo("/problems/unauthenticated"));
        given().auth().oauth2(token("other", rsa().getPrivate())).when().get("/api/v1/contracts").then()
                .statusCode(401);
    }

    @Test
    void aKidNamingAnotherKeyIsRefused() {
        assertEquals(401, contracts(token("test", NEXT.getPrivate())));
    }
}
