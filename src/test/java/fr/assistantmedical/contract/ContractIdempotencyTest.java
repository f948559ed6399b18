package fr.assistantmedical.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.AsAgent;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key makes retries of a signature safe. */
@QuarkusTest
@ExtendWith(AsAgent.class)
class ContractIdempotencyTest {

    private static String sign(String body, String key, int status) {
        return given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/contracts").then().statusCode(status).extract().path("id");
    }

    private static int countFor(String rpps) {
        return given().queryParam("rpps", rpps).when().get("/api/v1/contracts").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    void theSameKeyTwiceGivesOneContract() {
        String rpps = Contracts.rpps();
        String body = Contracts.gp2024(rpps, "2025-03-01");
        String key = UUID.randomUUID().toString();
        String first = sign(body, key, 201);
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/contracts").then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", org.hamcrest.Matchers.endsWith(first))
                .extract().path("id");
        assertEquals(first, second);
        assertEquals(1, countFor(rpps));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01"), key, 201);
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Contracts.gp2024(Contracts.rpps(), "2025-03-01"))
                .when().post("/api/v1/contracts").then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void concurrentRetriesWithOneKeyGiveOneContract() throws Exception {
        String rpps = Contracts.rpps();
        String body = Contracts.gp2024(rpps, "2025-03-01");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                        .when().post("/api/v1/contracts").then().statusCode(201).extract().<String>path("id");
            }));
        }
        start.countDown();
        Set<String> distinct = new HashSet<>();
        for (Future<String> id : ids) {
            distinct.add(id.get());
        }
        pool.shutdown();
        assertEquals(1, distinct.size());
        assertEquals(1, countFor(rpps));
    }

    @Test
    void withoutAKeyARetryIsASecondSignatureAndTheDoctorAlreadyHasAContract() {
        String rpps = Contracts.rpps();
        String first = Contracts.sign(Contracts.gp2024(rpps, "2025-03-01")).getString("id");
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(Contracts.gp2024(rpps, "2025-03-01"))
                .when().post("/api/v1/contracts").then().statusCode(409)
                .body("type", equalTo("/problems/doctor-engaged")).body("contractId", equalTo(first));
        assertEquals(1, countFor(rpps));
    }
}
