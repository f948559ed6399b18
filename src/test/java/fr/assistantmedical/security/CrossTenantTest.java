package fr.assistantmedical.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.security.Operations.Operation;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Another CPAM's agent, or a partner the contract is not shared with, finds nothing: 404. */
@QuarkusTest
class CrossTenantTest {

    static List<Operation> contractOperations() {
        return Operations.all().stream().filter(op -> op.path().contains("{id}")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractOperations")
    void anAgentOfAnotherCpamGets404(Operation op) {
        String contract = Operations.contract();
        assertEquals(404, Operations.call(op, TestTokens.agent("931"), contract, "logiciel-b").statusCode(), op.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractOperations")
    void aPartnerItIsNotSharedWithGets404OrIsRefusedItsRole(Operation op) {
        String contract = Operations.contract();
        int status = Operations.call(op, TestTokens.partner("logiciel-b"), contract, "logiciel-b").statusCode();
        // Reads answer 404; writes, the log, the grants and collective contracts but their status are
        // refused to partners before the contract is looked up.
        boolean agentsOnly = op.id().equals("listContractEvents") || op.id().equals("listContractGrants")
                || (op.id().contains("Collective") && !op.id().equals("getCollectiveContractStatus"));
        assertEquals(op.method().equals("get") && !agentsOnly ? 404 : 403, status, op.id());
    }

    @Test
    void listsShowOnlyWhatTheCallerMaySee() {
        String contract = Operations.contract();
        given().auth().oauth2(TestTokens.agent("931")).when().get("/api/v1/contracts").then().statusCode(200)
                .body("items.id", not(hasItem(contract))).body("items.cpamCode", everyItem(equalTo("931")));
        given().auth().oauth2(TestTokens.agent("931")).queryParam("cpam", "751").when().get("/api/v1/contracts")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(TestTokens.partner("logiciel-b")).when().get("/api/v1/contracts").then().statusCode(200)
                .body("items.id", not(hasItem(contract)));
        given().auth().oauth2(TestTokens.partner(Operations.PARTNER_ORG)).when().get("/api/v1/contracts")
                .then().statusCode(200).body("items.id", hasItem(contract));
        // A partner token without its organisation sees nothing.
        given().auth().oauth2(TestTokens.sign(TestTokens.claims("partner-x", "partner"))).when().get("/api/v1/contracts")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aPartnersListPagesThroughItsSharedContractsInOrder() {
        String org = "logiciel-pages-" + Long.toHexString(System.nanoTime());
        RequestSpecification agent = given().auth().oauth2(TestTokens.agent("751")).contentType(ContentType.JSON);
        List<String> signed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            signed.add(given().spec(agent).body(Contracts.gp2024(Contracts.rpps(), "2025-03-01"))
                    .when().post("/api/v1/contracts").then().statusCode(201).extract().path("id"));
            if (i % 2 == 1) {
                given().spec(agent).body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                        .when().post("/api/v1/contracts/" + signed.get(i) + "/transitions").then().statusCode(200);
            }
        }
        // The third is shared with another organisation only; the first is shared last: the list keeps
        // the order of signature.
        given().spec(agent).when().put("/api/v1/contracts/" + signed.get(2) + "/grants/" + org + "-other")
                .then().statusCode(204);
        for (int i : new int[] {1, 3, 4, 0}) {
            given().spec(agent).when().put("/api/v1/contracts/" + signed.get(i) + "/grants/" + org).then().statusCode(204);
        }
        String token = TestTokens.partner(org);
        String cursor = given().filter(OpenApiContract.exchange()).header("Authorization", "Bearer " + token).queryParam("limit", 3)
                .when().get("/api/v1/contracts").then().statusCode(200)
                .body("items.id", equalTo(List.of(signed.get(0), signed.get(1), signed.get(3))))
                .extract().path("nextCursor");
        given().filter(OpenApiContract.exchange()).header("Authorization", "Bearer " + token).queryParam("limit", 3).queryParam("cursor", cursor)
                .when().get("/api/v1/contracts").then().statusCode(200)
                .body("items.id", equalTo(List.of(signed.get(4)))).body("nextCursor", nullValue());
        String active = given().header("Authorization", "Bearer " + token).queryParam("status", "ACTIVE").queryParam("limit", 1)
                .when().get("/api/v1/contracts").then().statusCode(200)
                .body("items.id", equalTo(List.of(signed.get(1)))).extract().path("nextCursor");
        given().header("Authorization", "Bearer " + token).queryParam("status", "ACTIVE").queryParam("cursor", active)
                .when().get("/api/v1/contracts").then().statusCode(200)
                .body("items.id", equalTo(List.of(signed.get(3)))).body("nextCursor", nullValue());
    }

    @Test
    void anAgentTokenWithoutItsCpamIsToldSo() {
        String contract = Operations.contract();
        String token = TestTokens.sign(TestTokens.claims("agent-x", "cpam-agent"));
        for (String path : List.of("/api/v1/contracts", "/api/v1/contracts/" + contract)) {
            given().filter(OpenApiContract.exchange()).header("Authorization", "Bearer " + token).when().get(path).then().statusCode(403)
                    .body("type", equalTo("/problems/agent-without-cpam"))
                    .body("detail", startsWith("Ce jeton d'agent ne dit pas de quelle caisse est l'agent"));
        }
    }

    @Test
    void anAgentSignsOnlyForTheirCpam() {
        given().auth().oauth2(TestTokens.agent("931")).contentType(ContentType.JSON)
                .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01"))
                .when().post("/api/v1/contracts").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void revokingAShareClosesIt() {
        String contract = Operations.contract();
        String partner = TestTokens.partner(Operations.PARTNER_ORG);
        given().auth().oauth2(partner).when().get("/api/v1/contracts/" + contract + "/status").then().statusCode(200);
        given().auth().oauth2(TestTokens.agent("751")).when()
                .delete("/api/v1/contracts/" + contract + "/grants/" + Operations.PARTNER_ORG).then().statusCode(204);
        given().auth().oauth2(partner).when().get("/api/v1/contracts/" + contract + "/status").then().statusCode(404);
    }

    @Test
    void everyWriteRecordsTheTokenSubject() {
        String contract = Operations.contract();
        given().auth().oauth2(TestTokens.agent("751")).when().get("/api/v1/contracts/" + contract + "/events")
                .then().statusCode(200)
                .body("actor", equalTo(List.of("agent-751", "agent-751", "agent-751")))
                .body("type", equalTo(List.of("SIGNED", "ACTIVATED", "ACCESS_GRANTED")));
    }
}
