package fr.assistantmedical.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed requests against every operation of openapi.yaml: random JSON, wrong types, huge
 * numbers and exponents, extreme dates, NUL and control characters, over-long strings and batch
 * lines, duplicate keys and headers, unicode, huge and deeply nested bodies, wrong content types,
 * broken tokens. Nothing may answer 5xx, and every error is a problem document. `./mvnw verify`
 * sends a sample; reliability/run sends more with -Dfuzz.count (and another -Dfuzz.seed); the seed
 * is printed so that a failure can be replayed.
 */
@QuarkusTest
@ExtendWith(AsAgent.class)
class HttpFuzzTest {

    private static final int COUNT = Integer.getInteger("fuzz.count", 1500);
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final String[] FIELDS = {"asOf", "specialty", "sector", "optam", "patientsMt", "patientsFileActive",
        "ccamShare", "age", "installedOn", "priorityZone", "groupPractice", "percentileBand", "option", "rpps",
        "cpamCode", "action", "effectiveDate", "reason", "initiator", "contractYear", "amount", "paidOn", "reference",
        "difficulties", "objectiveTargets", "renewal", "name", "visitedOn", "outcome", "note", "email", "cpam"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json", "application/json",
        "text/plain", "application/xml", "application/x-ndjson", "text/csv", "multipart/form-data; boundary=x",
        "application/json; charset=latin1", ""};

    @TestHTTPResource("/")
    URI base;

    record Operation(String method, String path) {
    }

    static List<Operation> operations() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(OpenApiContract.SPEC.toFile()).get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (!m.equals("parameters")) {
                operations.add(new Operation(m.toUpperCase(), p.getKey()));
            }
        }));
        return operations;
    }

    @Test
    void noMalformedRequestGetsA5xxAndEveryErrorIsAProblem() throws Exception {
        System.out.printf("HTTP fuzz: seed %d (-Dfuzz.seed=%d replays it), %d requests%n", SEED, SEED, COUNT);
        Random random = new Random(SEED);
        List<Operation> operations = operations();
        String contract = Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).getString("id");
        String campaign = fr.assistantmedical.support.Campaigns.create("2025-06-01");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String agent = TestTokens.agent("751");
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            Operation op = random.nextInt(20) == 0 ? new Operation(pick(random, "GET", "POST", "PUT", "DELETE", "PATCH"),
                    "/api/v1/" + word(random)) : operations.get(random.nextInt(operations.size()));
            String path = op.path().replace("{id}", pick(random, contract, UUID(random), word(random), "%00", "..%2f"))
                    .replace("{organisation}", pick(random, "logiciel-a", word(random), "a%20b"))
                    .replace("{campaignId}", pick(random, campaign, UUID(random), word(random), "%00"))
                    .replace("{rpps}", pick(random, "10000000009", word(random), "%00", "1".repeat(300)));
            String query = random.nextInt(4) == 0 ? "?explain=" + pick(random, "true", "maybe", "1", "")
                    + "&limit=" + random.nextInt(1000) + "&cursor=" + word(random) : "";
            byte[] body = op.path().endsWith("/batch") && random.nextBoolean() ? batch(random) : body(random);
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path + query))
                    .timeout(Duration.ofSeconds(20))
                    .method(op.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            String type = pick(random, CONTENT_TYPES);
            if (!type.isEmpty()) {
                request.header("Content-Type", type);
            }
            switch (random.nextInt(5)) {
                case 0 -> request.header("Authorization", "Bearer " + agent);
                case 1 -> request.header("Authorization", pick(random, "Bearer x.y.z", "Basic YTpi", "Bearer ",
                        "Bearer " + agent.substring(0, agent.length() - 5) + "AAAAA"));
                default -> { }
            }
            if (random.nextInt(10) == 0) {
                request.header("If-Match", pick(random, "\"0\"", "*", "W/\"x\"", "\"99999999999999999999\"",
                        "\"0\", \"1\"", "W/\"0\"", "\"1\", W/\"2\", *", "\"" + "9".repeat(500) + "\""));
            }
            switch (random.nextInt(12)) {
                case 0 -> request.header("Authorization", "Bearer " + agent); // a second one
                case 1 -> request.header("Authorization", "Bearer " + "a".repeat(20_000 + random.nextInt(80_000)));
                case 2 -> request.header("Idempotency-Key", pick(random, "k".repeat(197 + random.nextInt(6)), "", " ",
                        "k".repeat(5000), "k k\tk"));
                // (An empty X-Forwarded-For, or one of commas only, gets a bare 400 from the
                // proxy-forwarding parser of Quarkus, before the service sees the request.)
                case 3 -> request.header("X-Forwarded-For", pick(random, "1.2.3.4, 5.6.7.8", "x".repeat(3000), "::1",
                        "999.999.999.999", "a, b, c, d, e, f"));
                case 4 -> request.header("Content-Type", pick(random, CONTENT_TYPES)); // a second one
                case 5 -> request.header("X-Forwarded-Proto", pick(random, "https", "gopher", ""));
                default -> { }
            }
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IllegalArgumentException e) {
                continue; // a header the client itself refuses to send
            } catch (java.io.IOException e) {
                failures.add(op + " " + path + ": " + e);
                continue;
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() >= 500) {
                failures.add(response.statusCode() + " " + op.method() + " " + path + ": " + response.body());
            } else if (response.statusCode() >= 400 && !contentType.startsWith("application/problem+json")) {
                failures.add(response.statusCode() + " not a problem (" + contentType + ") " + op.method() + " " + path);
            } else if (response.body().contains("Exception") || response.body().contains("at java.")) {
                failures.add("internals leaked: " + op.method() + " " + path);
            }
        }
        System.out.printf("HTTP fuzz: %d requests, statuses %s, %d failures%n", COUNT, statuses, failures.size());
        assertTrue(failures.isEmpty(), failures.stream().limit(20).toList().toString());
        assertEquals(COUNT, statuses.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static byte[] body(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> new byte[0];
            case 2 -> ("{".repeat(1 + random.nextInt(5000))).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("[".repeat(2000) + "]".repeat(2000)).getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"specialty\": \"" + "é".repeat(40_000 + random.nextInt(40_000)) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 5 -> new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '{', '}'};
            case 6 -> randomBytes(random);
            default -> object(random).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A batch body: good, odd and over-long lines, NDJSON or CSV. */
    private static byte[] batch(Random random) {
        StringBuilder lines = new StringBuilder(random.nextBoolean() ? "" : "asOf,specialty,sector,ccamShare,patientsMt\n");
        for (int i = random.nextInt(20); i >= 0; i--) {
            lines.append(switch (random.nextInt(6)) {
                case 0 -> "{\"specialty\": \"MEDECINE_GENERALE\", \"sector\": \"1\", \"asOf\": \"2025-03-01\"}";
                case 1 -> "2025-03-01,MEDECINE_GENERALE,1,0.1," + random.nextInt(3000);
                case 2 -> "{\"specialty\": \"" + "L".repeat(70_000 + random.nextInt(100_000)) + "\"}";
                case 3 -> pick(random, "+999999999-12-31,X,1,,", "2025-03-01,MEDECINE_GENERALE,1,1E-10000000,1",
                        "{\"ccamShare\": 1E+999999999, \"specialty\": \"PEDIATRIE\", \"sector\": \"1\"}");
                case 4 -> object(random);
                default -> "\u0000\u001b" + word(random) + ",\"" + word(random);
            }).append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A JSON object with real field names and wrong, odd or extreme values. */
    private static String object(Random random) {
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(8);
        String previous = null;
        for (int f = 0; f < fields; f++) {
            String name = previous != null && random.nextInt(8) == 0 ? previous // the same key twice
                    : random.nextInt(6) == 0 ? word(random) : pick(random, FIELDS);
            json.append(f == 0 ? "" : ",").append('"').append(name).append("\":").append(value(random, 0));
            previous = name;
        }
        return json.append(random.nextInt(15) == 0 ? "" : "}").toString();
    }

    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 3 ? 12 : 14)) {
            case 11 -> pick(random, "1E-10000000", "1E-30000000", "1E+10000000", "-1e999999999", "0.000000000001",
                    "1" + "0".repeat(900), "0." + "0".repeat(900) + "1", "12345678901234567.5", "0.12345");
            case 12 -> "\"" + pick(random, "+999999999-12-31", "-999999999-01-01", "5874897-01-01", "9999-12-31",
                    "0000-01-01", "1899-12-31", "10000-01-01", "2025-03-01T00:00:00Z", "2025-03-01T10:00", "2025-W10",
                    "2025-060", " 2025-03-01") + "\"";
            case 13 -> "\"" + pick(random, "a\\u0000b", "\\u001b[31m", "\\u007f", "\\u0001\\u0002", "x\\u0000") + "\"";
            case 0 -> "null";
            case 1 -> pick(random, "true", "false");
            case 2 -> String.valueOf(random.nextLong());
            case 3 -> pick(random, "1e400", "-0", "99999999999999999999999999", "3.14159", "-1", "NaN", "1E-5");
            case 4 -> "\"" + pick(random, "1", "2", "2025-03-01", "2019-08-20", "2025-02-30", "01/03/2025",
                    "MEDECINE_GENERALE", "HALF_TIME", "P95_PLUS", "ACTIVATE", "10000000009", "751", "") + "\"";
            case 5 -> "\"" + pick(random, "\\u0000", "\\ud800", "😀🏥", "<script>alert(1)</script>", "' OR 1=1 --",
                    "${jndi:ldap://x}", "\\n\\t") + "\"";
            case 6 -> "\"" + "x".repeat(random.nextInt(random.nextInt(10) == 0 ? 60_000 : 3000)) + "\"";
            case 7 -> "\"" + word(random) + "\"";
            case 8 -> String.valueOf(random.nextInt(100_000));
            case 9 -> "[" + value(random, depth + 1) + "," + value(random, depth + 1) + "]";
            default -> "{\"" + pick(random, FIELDS) + "\":" + value(random, depth + 1) + "}";
        };
    }

    private static String word(Random random) {
        String letters = "abcdefghijklmnopqrstuvwxyz_-.";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String UUID(Random random) {
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
