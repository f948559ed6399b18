package fr.assistantmedical.bench;

import fr.assistantmedical.rulebook.RulebookParser;
import fr.assistantmedical.rules.PercentileBand;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Simulation;
import fr.assistantmedical.rules.Simulator;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.build.Jwt;
import java.io.InputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The rules core and token verification, without HTTP: run by bench/run, not by the tests. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {

    private Simulator simulator;
    private Profile[] profiles;
    private int next;
    private DefaultJWTParser parser;
    private JWTAuthContextInfo verification;
    private String token;

    @Setup
    public void setup() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("rulebook/rulebook.yaml")) {
            simulator = new Simulator(RulebookParser.parse(in, "bundled"));
        }
        Random random = new Random(7);
        String[] specialties = {"MEDECINE_GENERALE", "MEDECINE_GENERALE", "MEDECINE_GENERALE", "CARDIOLOGIE",
            "PEDIATRIE"};
        profiles = new Profile[1024];
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = new Profile(LocalDate.parse("2026-12-01"), specialties[random.nextInt(specialties.length)],
                    1, null, 700 + random.nextInt(1300), 1000 + random.nextInt(2000), null, null, null, null, null,
                    random.nextBoolean() ? PercentileBand.values()[random.nextInt(5)] : null);
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        verification = new JWTAuthContextInfo((RSAPublicKey) keys.getPublic(), "https://issuer.bench.invalid");
        verification.setExpectedAudience(Set.of("aide-assistant-medical"));
        parser = new DefaultJWTParser(verification);
        token = Jwt.issuer("https://issuer.bench.invalid").audience("aide-assistant-medical").subject("agent")
                .groups("cpam-agent").claim("cpam", "751").expiresAt(Instant.now().plusSeconds(3600))
                .sign(keys.getPrivate());
    }

    /** Eligibility and every option open, as POST /api/v1/simulations without an option. */
    @Benchmark
    public Simulation simulate() {
        Profile profile = profiles[next++ & 1023];
        return simulator.simulate(profile, null, false);
    }

    /** The same with the explanation trace. */
    @Benchmark
    public Simulation simulateExplained() {
        Profile profile = profiles[next++ & 1023];
        return simulator.simulate(profile, null, true);
    }

    /** Signature, issuer, audience and expiry of one RS256 token. */
    @Benchmark
    public JsonWebToken verifyToken() throws Exception {
        return parser.parse(token, verification);
    }
}
