package fr.assistantmedical.rulebook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ops replace the bundled rulebook with a reviewed file (a ConfigMap) without a rebuild. */
@QuarkusTest
@TestProfile(ExternalRulebookTest.MountedRulebook.class)
class ExternalRulebookTest {

    public static class MountedRulebook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(RulebookProvider.BUNDLED)) {
                String reviewed = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("version: \"2026.12.02\"", "version: \"2026.12.01-reviewed\"")
                        .replace("value: 19000, source: ameli-2024-changes", "value: 19500, source: ameli-2024-changes");
                Path file = Files.createTempFile("rulebook-", ".yaml");
                Files.writeString(file, reviewed);
                file.toFile().deleteOnExit();
                return Map.of("rulebook.path", file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void theMountedRulebookIsTheOneInForce() {
        given().when().get("/api/v1/rulebook").then().statusCode(200).body("version", equalTo("2026.12.01-reviewed"));
        given().contentType("application/json")
                .body("{\"asOf\": \"2025-01-15\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\","
                        + " \"patientsMt\": 1200, \"percentileBand\": \"P50_P70\", \"option\": \"HALF_TIME\"}")
                .when().post("/api/v1/simulations")
                .then().statusCode(200).body("simulations[0].years[0].maxAid", equalTo(19500.0f));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rulebook' }.data.version", equalTo("2026.12.01-reviewed"));
    }
}
