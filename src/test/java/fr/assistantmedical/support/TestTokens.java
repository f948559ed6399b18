package fr.assistantmedical.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Signs tokens with a key pair generated for the test run. The service verifies them against the
 * public key, as it would against the identity provider's.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://auth.test.assurance-maladie.invalid";
    public static final String AUDIENCE = "aide-assistant-medical";
    private static final String PRIVATE_KEY = "test.jwt.private-key";

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path dir = Files.createTempDirectory("test-jwt");
            Path publicKey = dir.resolve("public.pem");
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Path privateKey = dir.resolve("private.der");
            Files.write(privateKey, pair.getPrivate().getEncoded());
            publicKey.toFile().deleteOnExit();
            privateKey.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            System.setProperty(PRIVATE_KEY, privateKey.toString());
            return Map.of("mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                    "mp.jwt.verify.issuer", ISSUER, "mp.jwt.verify.audiences", AUDIENCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        // the key files are deleted on exit
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The private key of the run, to sign tokens in tests. */
    public static PrivateKey privateKey() {
        try {
            byte[] der = Files.readAllBytes(Path.of(System.getProperty(PRIVATE_KEY)));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token's claims, to adjust before signing. */
    public static JwtClaimsBuilder claims(String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("test").sign(privateKey());
    }

    public static String agent(String cpam) {
        return sign(claims("agent-" + cpam, "cpam-agent").claim("cpam", cpam));
    }

    public static String partner(String organisation) {
        return sign(claims("partner-" + organisation, "partner").claim("org", organisation));
    }

    public static String ops() {
        return sign(claims("ops-1", "ops"));
    }
}
