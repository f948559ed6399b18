package fr.assistantmedical.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Campaigns;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Campaigns and their targets over HTTP, against a real PostgreSQL. */
@QuarkusTest
@ExtendWith(AsAgent.class)
class CampaignImportTest {

    @Test
    void aCampaignImportsItsTargetsLineByLineAndKeepsTheSimulationOfEach() {
        String campaign = Campaigns.create("2025-06-01");
        String good = Contracts.rpps();
        String noEmail = Contracts.rpps();
        String csv = Campaigns.HEADER
                + Campaigns.gpLine(good, 1200, 1800, "P50_P70", "dr.un@exemple.fr") + "\n"      // line 2
                + "12345678901,MEDECINE_GENERALE,1,,1200,1800,P50_P70,false,\n"                 // 3: bad check digit
                + Contracts.rpps() + ",ASTROLOGIE,1,,1200,1800,P50_P70,false,\n"                // 4: unknown specialty
                + Campaigns.gpLine(good, 900, 1500, "P30_P50", null) + "\n"                    // 5: same doctor again
                + noEmail + ",RADIOLOGIE,1,,,2500,P70_P90,,\n"                                  // 6: not eligible
                + Contracts.rpps() + ",MEDECINE_GENERALE,1,,-5,1800,,,\n"                       // 7: negative count
                + Contracts.rpps() + ",MEDECINE_GENERALE,1\n"                                   // 8: too few fields
                + Contracts.rpps() + ",MEDECINE_GENERALE,1,,1200,1800,,,pas-une-adresse\n"      // 9: bad e-mail
                + "x".repeat(5000) + "\n";                                                      // 10: too long
        JsonPath summary = Campaigns.importCsv(campaign, csv);
        assertEquals(9, summary.getInt("lines"));
        assertEquals(2, summary.getInt("imported"));
        assertEquals(7, summary.getInt("rejected"));
        assertEquals(List.of(3, 4, 5, 7, 8, 9, 10), summary.getList("errors.line"));
        assertEquals("rpps", summary.getString("errors[0].violations[0].field"));
        assertEquals("specialty", summary.getString("errors[1].violations[0].field"));
        assertEquals("rpps", summary.getString("errors[2].violations[0].field"));
        assertTrue(summary.getString("errors[2].violations[0].message").contains("ligne 2"));
        assertEquals("patientsMt", summary.getString("errors[3].violations[0].field"));
        assertEquals("email", summary.getString("errors[5].violations[0].field"));
        assertEquals(Map.of("ELIGIBLE", 1, "NOT_ELIGIBLE", 1), summary.getMap("eligibility"));
        assertEquals(2, Campaigns.count("select count(*) from campaign_target where campaign_id = ?::uuid", campaign));

        // The target keeps the answer of POST /api/v1/simulations for its figures on the campaign's date.
        JsonPath target = given().filter(OpenApiContract.exchange())
                .when().get("/api/v1/campaigns/" + campaign + "/targets/" + good).then().statusCode(200)
                .extract().jsonPath();
        JsonPath simulated = given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body("""
                {"asOf": "2025-06-01", "specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 1200,
                 "patientsFileActive": 1800, "percentileBand": "P50_P70", "priorityZone": false}""")
                .when().post("/api/v1/simulations").then().statusCode(200).extract().jsonPath();
        assertEquals(simulated.getMap(""), target.getMap("simulation"));
        assertEquals(1200, target.getInt("target.patientsMt"));
        assertEquals("dr.un@exemple.fr", target.getString("target.email"));
        assertEquals(simulated.getString("eligibility.status"), target.getString("target.eligibility"));

        // The listing, filtered by eligibility.
        given().filter(OpenApiContract.exchange()).queryParam("eligibility", "ELIGIBLE")
                .when().get("/api/v1/campaigns/" + campaign + "/targets").then().statusCode(200)
                .body("targets", hasSize(1)).body("targets[0].rpps", equalTo(good));
        given().filter(OpenApiContract.exchange()).when().get("/api/v1/campaigns/" + campaign).then().statusCode(200)
                .body("targets", equalTo(2)).body("imports[0].imported", equalTo(2))
                .body("imports[0].rejected", equalTo(7)).body("imports[0].finishedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void ndjsonLinesAreReadTooAndAReImportReplacesTheFigures() {
        String campaign = Campaigns.create("2025-06-01");
        String rpps = Contracts.rpps();
        String ndjson = "{\"rpps\": \"" + rpps + "\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", "
                + "\"patientsMt\": 700, \"patientsFileActive\": 1300, \"email\": \"a@b.fr\"}\n"
                + "{\"rpps\": \"" + Contracts.rpps() + "\", \"specialty\": \"PEDIATRIE\", \"sector\": \"1\", \"cpam\": \"931\"}\n"
                + "{\"rpps\": \"" + Contracts.rpps() + "\", \"specialty\": \"PEDIATRIE\", \"sector\": \"1\", \"asOf\": \"2020-01-01\"}\n"
                + "{\"rpps\": \"" + Contracts.rpps() + "\", \"specialty\": \"PEDIATRIE\", \"sector\": \"1\", \"colour\": \"red\"}\n"
                + "not json\n";
        JsonPath first = ndjson(campaign, ndjson);
        assertEquals(5, first.getInt("lines"));
        assertEquals(1, first.getInt("imported"));
        assertEquals(List.of(2, 3, 4, 5), first.getList("errors.line"));
        List<String> fields = List.of("cpam", "asOf", "colour", "line");
        for (int i = 0; i < fields.size(); i++) {
            assertEquals(fields.get(i), first.getString("errors[" + i + "].violations[0].field"));
        }

        JsonPath again = ndjson(campaign, "{\"rpps\": \"" + rpps + "\", \"specialty\": \"MEDECINE_GENERALE\", "
                + "\"sector\": \"1\", \"patientsMt\": 1500, \"patientsFileActive\": 2000}\n");
        assertEquals(1, again.getInt("imported"));
        assertEquals(1, Campaigns.count("select count(*) from campaign_target where campaign_id = ?::uuid", campaign));
        assertEquals(1500, Campaigns.count("select patients_mt from campaign_target where campaign_id = ?::uuid",
                campaign));
    }

    @Test
    void thirtyFiveThousandTargetsAreImported() {
        String campaign = Campaigns.create("2025-06-01");
        StringBuilder csv = new StringBuilder(Campaigns.HEADER);
        String[] bands = {"P30_P50", "P50_P70", "P70_P90", "P90_P95", "P95_PLUS"};
        for (int i = 0; i < 35_000; i++) {
            csv.append(Campaigns.gpLine(Contracts.rpps(), 600 + i % 1500, 900 + i % 2000, bands[i % 5],
                    "medecin" + i + "@exemple.fr")).append('\n');
        }
        JsonPath summary = Campaigns.importCsv(campaign, csv.toString());
        assertEquals(35_000, summary.getInt("imported"));
        assertEquals(0, summary.getInt("rejected"));
        assertEquals(35_000, Campaigns.count("select count(*) from campaign_target where campaign_id = ?::uuid",
                campaign));
    }

    @Test
    void aBadHeaderImportsNothingAndOtherFormatsAreRefused() {
        String campaign = Campaigns.create("2025-06-01");
        given().filter(OpenApiContract.exchange()).contentType("text/csv")
                .body("rpps,specialty,colour\n1,2,3\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/campaigns/" + campaign + "/targets").then().statusCode(400)
                .body("violations[0].field", equalTo("header"));
        given().filter(OpenApiContract.response()).contentType("application/xml").body("<a/>")
                .when().post("/api/v1/campaigns/" + campaign + "/targets").then().statusCode(415);
        assertEquals(0, Campaigns.count("select count(*) from campaign_target where campaign_id = ?::uuid", campaign));
    }

    @Test
    void campaignsAreTheCpamsOwn() {
        String campaign = Campaigns.create("2025-06-01");
        String otherAgent = TestTokens.agent("931");
        io.restassured.RestAssured.requestSpecification = null; // each call below names its caller
        given().filter(OpenApiContract.exchange()).header("Authorization", "Bearer " + otherAgent)
                .when().get("/api/v1/campaigns/" + campaign).then().statusCode(404);
        given().filter(OpenApiContract.exchange()).header("Authorization", "Bearer " + otherAgent)
                .when().get("/api/v1/campaigns").then().statusCode(200)
                .body("campaigns.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(campaign)));
        given().filter(OpenApiContract.exchange()).header("Authorization", "Bearer " + TestTokens.partner("logiciel-a"))
                .when().get("/api/v1/campaigns/" + campaign + "/targets").then().statusCode(403);
        given().filter(OpenApiContract.response()).header("Authorization", "")
                .when().get("/api/v1/campaigns/" + UUID.randomUUID() + "/targets").then().statusCode(401);
    }

    @Test
    void badCampaignRequestsNameTheirField() {
        given().filter(OpenApiContract.response()).contentType(ContentType.JSON)
                .body("{\"name\": \"Campagne\", \"asOf\": \"2010-01-01\"}")
                .when().post("/api/v1/campaigns").then().statusCode(400).body("violations[0].field", equalTo("asOf"));
        given().filter(OpenApiContract.response()).contentType(ContentType.JSON)
                .body("{\"name\": \"" + "n".repeat(201) + "\", \"asOf\": \"2025-01-01\"}")
                .when().post("/api/v1/campaigns").then().statusCode(400).body("violations[0].field", equalTo("name"));
        String name = "Campagne " + UUID.randomUUID();
        String body = "{\"name\": \"" + name + "\", \"asOf\": \"2025-06-01\"}";
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/campaigns").then().statusCode(201);
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/campaigns").then().statusCode(409);
        given().filter(OpenApiContract.response()).when().get("/api/v1/campaigns/" + UUID.randomUUID() + "/targets/123")
                .then().statusCode(400).body("violations[0].field", equalTo("rpps"));
    }

    private static JsonPath ndjson(String campaign, String body) {
        return given().filter(OpenApiContract.exchange()).contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/campaigns/" + campaign + "/targets").then().statusCode(200).extract().jsonPath();
    }
}
