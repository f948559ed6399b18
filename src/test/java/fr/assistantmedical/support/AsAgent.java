package fr.assistantmedical.support;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Sends every request of a test as an agent of CPAM 751. */
public class AsAgent implements BeforeEachCallback, AfterEachCallback {

    public static final String CPAM = "751";

    private RestAssuredConfig before;

    @Override
    public void beforeEach(ExtensionContext context) {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + TestTokens.agent(CPAM)).build();
        // A request that names its own token sends that one only: two Authorization headers are refused.
        before = RestAssured.config;
        RestAssured.config = RestAssured.config().headerConfig(HeaderConfig.headerConfig()
                .overwriteHeadersWithName("Authorization", "Content-Type", "Accept"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RestAssured.requestSpecification = null;
        if (before != null) {
            RestAssured.config = before;
        }
    }
}
