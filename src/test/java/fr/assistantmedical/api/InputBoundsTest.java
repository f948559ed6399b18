package fr.assistantmedical.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that would cost minutes of arithmetic, overflow dates or be refused by the database are
 * refused where they are read, with a 400 naming the field.
 */
@QuarkusTest
@ExtendWith(AsAgent.class)
class InputBoundsTest {

    private static final String GP = "\"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\"";

    private static ValidatableResponse post(String path, String body) {
        return given().filter(OpenApiContract.response()).contentType("application/json").body(body)
                .when().post(path)
                .then().contentType(startsWith("application/problem+json"))
                .body(not(containsString("Exception")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/eligibility | 1E-10000000
            /api/v1/eligibility | 1E-30000000
            /api/v1/simulations | 1E-10000000
            /api/v1/simulations | 1E+10000000
            /api/v1/simulations | 0.12345678901234567890
            """)
    void aDecimalWithAHugeExponentIsRefusedAtOnce(String path, String share) {
        long start = System.nanoTime();
        post(path, "{" + GP + ", \"ccamShare\": " + share + "}").statusCode(400)
                .body("violations.field", hasItem("ccamShare"));
        // Well under a second even on a loaded machine; it took from 11 s to a minute.
        org.hamcrest.MatcherAssert.assertThat((System.nanoTime() - start) / 1_000_000, lessThan(2_000L));
    }

    @Test
    void aShareHasAtMostFourDecimals() {
        post("/api/v1/eligibility", "{" + GP + ", \"ccamShare\": 0.12345}").statusCode(400)
                .body("violations.field", hasItem("ccamShare"))
                .body("detail", containsString("4 décimales"));
        given().contentType("application/json").body("{" + GP + ", \"ccamShare\": 0.1234}")
                .when().post("/api/v1/eligibility").then().statusCode(200);
    }

    @Test
    void aPaymentAmountWithAHugeExponentIsRefused() {
        String id = Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).getString("id");
        post("/api/v1/contracts/" + id + "/payments", """
                {"contractYear": 1, "amount": 1E-10000000, "paidOn": "2025-04-01", "reference": "V-1"}""")
                .statusCode(400).body("violations.field", hasItem("amount"));
        post("/api/v1/contracts/" + id + "/payments", """
                {"contractYear": 1, "amount": 1E+400, "paidOn": "2025-04-01", "reference": "V-1"}""")
                .statusCode(400).body("violations.field", hasItem("amount"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            +999999999-12-31
            -999999999-01-01
            5874897-01-01
            10000-01-01
            1899-12-31
            2025-03-01T10:00:00
            2025-03-01T00:00:00Z
            """)
    void aDateOutOfRangeOrWithATimeIsRefused(String date) {
        post("/api/v1/simulations", "{" + GP + ", \"asOf\": \"" + date + "\"}").statusCode(400)
                .body("violations.field", hasItem("asOf"));
        post("/api/v1/contracts", Contracts.gp2024(Contracts.rpps(), date)).statusCode(400)
                .body("violations.field", hasItem("asOf"));
    }

    @Test
    void aDateAsNumbersIsRefused() {
        post("/api/v1/simulations", "{" + GP + ", \"asOf\": [2025, 3, 1]}").statusCode(400)
                .body("violations.field", hasItem("asOf"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        post("/api/v1/simulations", "{" + GP + ", \"patientsMt\": 1000, \"patientsMt\": 900}").statusCode(400)
                .body("violations.field", hasItem("patientsMt"))
                .body("detail", containsString("plusieurs fois"));
    }

    @Test
    void aContractYearFarAwayIsRefused() {
        String id = Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).getString("id");
        post("/api/v1/contracts/" + id + "/transitions", """
                {"action": "ACTIVATE", "effectiveDate": "5874897-01-01"}""")
                .statusCode(400).body("violations.field", hasItem("effectiveDate"));
        post("/api/v1/contracts/" + id + "/payments", """
                {"contractYear": 1, "amount": 10, "paidOn": "+10000-01-01", "reference": "V-1"}""")
                .statusCode(400).body("violations.field", hasItem("paidOn"));
    }

    @Test
    void anUnknownSpecialtyIsNotEchoedWhole() {
        String huge = "X".repeat(5000);
        post("/api/v1/eligibility", "{\"specialty\": \"" + huge + "\", \"sector\": \"1\"}").statusCode(400)
                .body("violations.field", hasItem("specialty"))
                .body(not(containsString("X".repeat(100))))
                .body("status", equalTo(400));
    }
}
