package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The same review or grant sent many times at once gets the answer of the first one, as the README says. */
@QuarkusTest
class ConcurrentReplayTest {

    private static List<Integer> atOnce(int count, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void identicalReviewsAndGrantsAtOnceAllSucceed() throws Exception {
        String agent = TestTokens.agent(AsAgent.CPAM);
        String id = given().auth().oauth2(agent).contentType("application/json")
                .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).when().post("/api/v1/contracts")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(agent).contentType("application/json")
                .body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
        List<Integer> reviews = atOnce(12, () -> given().auth().oauth2(agent).contentType("application/json")
                .body("{\"contractYear\": 1, \"patientsMt\": 1250, \"patientsFileActive\": 1850}")
                .when().post("/api/v1/contracts/" + id + "/reviews").statusCode());
        assertEquals(1, reviews.stream().filter(s -> s == 201).count(), reviews.toString());
        assertTrue(reviews.stream().allMatch(s -> s == 200 || s == 201), reviews.toString());
        List<Integer> grants = atOnce(12, () -> given().auth().oauth2(agent)
                .when().put("/api/v1/contracts/" + id + "/grants/logiciel-a").statusCode());
        assertTrue(grants.stream().allMatch(s -> s == 204), grants.toString());
        given().auth().oauth2(agent).when().get("/api/v1/contracts/" + id + "/events").then().statusCode(200)
                .body("findAll { it.type == 'ACCESS_GRANTED' }.size()", org.hamcrest.Matchers.equalTo(1));
    }
}
