package fr.assistantmedical.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the contract types as a string is refused as a number or a boolean, naming the field. */
@QuarkusTest
class StrictTypesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sector | {"specialty": "MEDECINE_GENERALE", "sector": 1}
            sector | {"specialty": "MEDECINE_GENERALE", "sector": 1.0}
            sector | {"specialty": "MEDECINE_GENERALE", "sector": true}
            """)
    void aNumberIsNotAText(String field, String body) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/simulations")
                .then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem(field));
    }
}
