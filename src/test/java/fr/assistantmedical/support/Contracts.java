package fr.assistantmedical.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.concurrent.atomic.AtomicLong;

/** Helpers to sign contracts over HTTP in tests. */
public final class Contracts {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Contracts() {
    }

    /** A fresh valid RPPS number: ten digits and their Luhn check digit. */
    public static String rpps() {
        String body = String.format("1%09d", NEXT.incrementAndGet() % 1_000_000_000L);
        for (int check = 0; check <= 9; check++) {
            if (fr.assistantmedical.contract.core.Rpps.isValid(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException();
    }

    /** An avenant 7 GP contract, third time, P30-P50: its objective comes from the rules. */
    public static String avenant7Gp(String rpps, String signedOn) {
        return """
                {"asOf": "%s", "rpps": "%s", "cpamCode": "751", "specialty": "MEDECINE_GENERALE", "sector": "1",
                 "patientsMt": 700, "patientsFileActive": 1300, "percentileBand": "P30_P50", "groupPractice": true,
                 "option": "THIRD_TIME"}""".formatted(signedOn, rpps);
    }

    /** A convention 2024 GP contract, half time, with the objective set by the CPAM. */
    public static String gp2024(String rpps, String signedOn) {
        return """
                {"asOf": "%s", "rpps": "%s", "cpamCode": "751", "specialty": "MEDECINE_GENERALE", "sector": "1",
                 "patientsMt": 1200, "patientsFileActive": 1800, "percentileBand": "P50_P70", "option": "HALF_TIME",
                 "objectiveTargets": {"patientsMt": 1300, "patientsFileActive": 1900}}""".formatted(signedOn, rpps);
    }

    public static JsonPath sign(String body) {
        return given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contracts")
                .then().statusCode(201).extract().jsonPath();
    }
}
