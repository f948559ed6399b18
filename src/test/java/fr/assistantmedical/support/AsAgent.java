package fr.assistantmedical.support;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Sends every request of a test as an agent of CPAM 751. */
public class AsAgent implements BeforeEachCallback, AfterEachCallback {

    public static final String CPAM = "751";

    @Override
    public void beforeEach(ExtensionContext context) {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + TestTokens.agent(CPAM)).build();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RestAssured.requestSpecification = null;
    }
}
