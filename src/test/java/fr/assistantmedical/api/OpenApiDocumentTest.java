package fr.assistantmedical.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.assistantmedical.support.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** openapi.yaml is valid, and it is what the service serves, as YAML or as JSON. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theContractIsAValidOpenApiDocument() {
        SwaggerParseResult result = new OpenAPIParser().readLocation(OpenApiContract.SPEC.toUri().toString(), null, null);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), String.valueOf(result.getMessages()));
    }

    @Test
    void theContractIsServedAsWrittenAndAsJsonOnRequest() throws IOException {
        String written = Files.readString(OpenApiContract.SPEC);
        assertEquals(written, given().when().get("/q/openapi").then().statusCode(200)
                .contentType("application/yaml").extract().asString());
        JsonNode file = YAML.readTree(written);
        assertEquals(file, JSON.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200)
                .contentType("application/json").extract().asString()));
        assertEquals(file, JSON.readTree(given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200).contentType("application/json").extract().asString()));
    }
}
