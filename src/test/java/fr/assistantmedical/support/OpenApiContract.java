package fr.assistantmedical.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.nio.file.Path;

/**
 * RestAssured filters that check every exchange of a test against openapi.yaml. Tests that send
 * bad input on purpose check only the response.
 */
public final class OpenApiContract {

    public static final Path SPEC = Path.of("openapi.yaml").toAbsolutePath();

    private static final OpenApiValidationFilter EXCHANGE = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build());

    private static final OpenApiValidationFilter RESPONSE_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    private OpenApiContract() {
    }

    /** Request and response must both match the contract. */
    public static OpenApiValidationFilter exchange() {
        return EXCHANGE;
    }

    /** For invalid requests sent on purpose: the response must still match the contract. */
    public static OpenApiValidationFilter response() {
        return RESPONSE_ONLY;
    }
}
