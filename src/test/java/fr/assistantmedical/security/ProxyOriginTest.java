package fr.assistantmedical.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy that ends TLS, the page's own calls carry {@code Origin: https://<its host>}: the
 * service sees the scheme and host the visitor used, so they are same-origin; other origins are not.
 */
@QuarkusTest
class ProxyOriginTest {

    private static final String BODY = "{\"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\"}";

    @Test
    void thePagesOwnCallBehindTlsIsSameOrigin() {
        given().header("Origin", "https://simulateur.example.fr").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "simulateur.example.fr").contentType("application/json").body(BODY)
                .when().post("/api/v1/eligibility").then().statusCode(200);
    }

    @Test
    void anotherOriginIsStillRefused() {
        given().header("Origin", "https://ailleurs.example.com").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "simulateur.example.fr").contentType("application/json").body(BODY)
                .when().post("/api/v1/eligibility").then().statusCode(403);
        given().header("Origin", "http://simulateur.example.fr").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "simulateur.example.fr").contentType("application/json").body(BODY)
                .when().post("/api/v1/eligibility").then().statusCode(403);
    }
}
