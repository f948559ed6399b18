package fr.assistantmedical.security;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every operation of openapi.yaml, with a valid request for it, callable as any caller. */
final class Operations {

    static final String PARTNER_ORG = "logiciel-a";

    record Operation(String id, String method, String path) {
        @Override
        public String toString() {
            return id;
        }
    }

    private static final String COLLECTIVE = "{\"asOf\": \"2026-03-02\", \"structureType\": \"SCM\", \"etp\": 1, "
            + "\"members\": [{\"rpps\": \"10000000001\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", "
            + "\"patientsMt\": 900}]}";

    private static final Map<String, String> BODIES = Map.of(
            "checkEligibility", "{\"asOf\": \"2025-03-01\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"patientsMt\": 1200}",
            "simulate", "{\"asOf\": \"2025-03-01\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"patientsMt\": 1200}",
            "checkCollectiveEligibility", Operations.COLLECTIVE,
            "simulateCollective", Operations.COLLECTIVE,
            "transitionContract", "{\"action\": \"SUSPEND\", \"effectiveDate\": \"2025-06-01\", \"reason\": \"Arrêt\"}",
            "reviewContract", "{\"contractYear\": 1, \"patientsMt\": 1250, \"patientsFileActive\": 1850}",
            "recordPayment", "{\"contractYear\": 1, \"amount\": 100, \"paidOn\": \"2025-04-01\", \"reference\": \"V1\"}",
            "setContractObjective", "{\"patientsMt\": 1280, \"patientsFileActive\": 1900}");

    private static final Map<String, String> CAMPAIGN_BODIES = Map.of(
            "importCampaignTargets", "rpps,specialty,sector,patientsMt\n%s,MEDECINE_GENERALE,1,1200\n",
            "recordVisit", "{\"visitedOn\": \"2025-06-12\", \"outcome\": \"INTERESTED\"}");

    /** A campaign of CPAM 751 and the RPPS of its one target. */
    record Campaign(String id, String rpps) {
    }

    private Operations() {
    }

    static List<Operation> all() {
        try {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(OpenApiContract.SPEC.toFile()).get("paths");
            List<Operation> operations = new ArrayList<>();
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                if (method.getValue().has("operationId")) {
                    operations.add(new Operation(method.getValue().get("operationId").asText(), method.getKey(),
                            path.getKey()));
                }
            }));
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A contract of CPAM 751, activated, shared with the partner. */
    static String contract() {
        RequestSpecification agent = given().auth().oauth2(TestTokens.agent("751")).contentType(ContentType.JSON);
        String id = given().spec(agent).body(Contracts.gp2024(Contracts.rpps(), "2025-03-01"))
                .when().post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().spec(agent).body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
        given().spec(agent).when().put("/api/v1/contracts/" + id + "/grants/" + PARTNER_ORG).then().statusCode(204);
        return id;
    }

    /** A campaign of CPAM 751 with one target, the same for every call of a test. */
    static synchronized Campaign campaign() {
        if (campaign == null) {
            RequestSpecification agent = given().auth().oauth2(TestTokens.agent("751"));
            String id = given().spec(agent).contentType(ContentType.JSON)
                    .body("{\"name\": \"Matrice " + java.util.UUID.randomUUID() + "\", \"asOf\": \"2025-06-01\"}")
                    .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
            String rpps = Contracts.rpps();
            given().spec(agent).contentType("text/csv")
                    .body(CAMPAIGN_BODIES.get("importCampaignTargets").formatted(rpps))
                    .when().post("/api/v1/campaigns/" + id + "/targets").then().statusCode(200);
            campaign = new Campaign(id, rpps);
        }
        return campaign;
    }

    private static Campaign campaign;

    static Response call(Operation op, String token, String contractId, String organisation) {
        // Without a token, a protected call is itself outside the contract: only its answer is checked.
        RequestSpecification request = given().filter(token == null ? OpenApiContract.response()
                : OpenApiContract.exchange());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String body = op.id().equals("signContract") ? Contracts.gp2024(Contracts.rpps(), "2025-03-01")
                : BODIES.get(op.id());
        if (op.path().contains("{campaignId}") || op.id().equals("createCampaign")) {
            return callCampaign(op, request);
        }
        if (op.path().startsWith("/api/v1/collective/contracts")) {
            return callCollective(op, request);
        }
        if (op.id().equals("simulateBatch")) {
            request.contentType("application/x-ndjson")
                    .body((BODIES.get("simulate") + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        String path = op.path().replace("{id}", contractId == null ? "00000000-0000-0000-0000-000000000000" : contractId)
                .replace("{organisation}", organisation);
        return request.when().request(op.method().toUpperCase(), path);
    }

    /** A collective contract of CPAM 751 signed on 2 March 2026 by three fresh doctors. */
    static String collectiveGroup() {
        return ("{\"cpamCode\": \"751\", \"companyId\": \"123456789\", \"asOf\": \"2026-03-02\", "
                + "\"structureType\": \"SCM\", \"etp\": 1, \"members\": [%s, %s]}").formatted(member(), member());
    }

    private static String member() {
        return "{\"rpps\": \"" + Contracts.rpps() + "\", \"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", "
                + "\"patientsMt\": 900, \"patientsFileActive\": 1300, \"particularPractice\": false}";
    }

    private static Response callCollective(Operation op, RequestSpecification request) {
        if (op.id().equals("signCollectiveContract")) {
            return request.contentType(ContentType.JSON).body(collectiveGroup()).when().post(op.path());
        }
        String id = given().auth().oauth2(TestTokens.agent("751")).contentType(ContentType.JSON).body(collectiveGroup())
                .when().post("/api/v1/collective/contracts").then().statusCode(201).extract().path("id");
        if (op.id().equals("getCollectiveContractStatus")) {
            given().auth().oauth2(TestTokens.agent("751")).when()
                    .put("/api/v1/collective/contracts/" + id + "/grants/" + PARTNER_ORG).then().statusCode(204);
        }
        if (op.id().equals("reviewCollectiveContract")) {
            given().auth().oauth2(TestTokens.agent("751")).contentType(ContentType.JSON)
                    .body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2026-03-02\"}")
                    .when().post("/api/v1/collective/contracts/" + id + "/transitions").then().statusCode(200);
        }
        switch (op.id()) {
            case "transitionCollectiveContract" -> request.contentType(ContentType.JSON)
                    .body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2026-03-02\"}");
            case "reviewCollectiveContract" -> request.contentType(ContentType.JSON)
                    .body("{\"contractYear\": 1, \"patientsMt\": 1900, \"patientsFileActive\": 2700}");
            default -> { }
        }
        return request.when().request(op.method().toUpperCase(), op.path().replace("{id}", id)
                .replace("{organisation}", PARTNER_ORG));
    }

    private static Response callCampaign(Operation op, RequestSpecification request) {
        Campaign campaign = campaign();
        switch (op.id()) {
            case "createCampaign" -> request.contentType(ContentType.JSON)
                    .body("{\"name\": \"Campagne " + java.util.UUID.randomUUID() + "\", \"asOf\": \"2025-06-01\"}");
            case "importCampaignTargets" -> request.contentType("text/csv")
                    .body(CAMPAIGN_BODIES.get(op.id()).formatted(Contracts.rpps()));
            case "recordVisit" -> request.contentType(ContentType.JSON).body(CAMPAIGN_BODIES.get(op.id()));
            default -> { }
        }
        String path = op.path().replace("{campaignId}", campaign.id()).replace("{rpps}", campaign.rpps());
        return request.when().request(op.method().toUpperCase(), path);
    }
}
