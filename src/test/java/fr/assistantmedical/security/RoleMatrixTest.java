package fr.assistantmedical.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.assistantmedical.security.Operations.Operation;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation of openapi.yaml, called by every kind of caller, answers as the role matrix says. */
@QuarkusTest
class RoleMatrixTest {

    private static final List<String> CALLERS = List.of("anonymous", "cpam-agent", "partner", "ops");

    static JsonNode matrix() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("src/test/resources/security/role-matrix.yaml")
                .toFile());
    }

    @Test
    void theMatrixCoversEveryOperationOfTheContract() throws IOException {
        Set<String> inContract = Operations.all().stream().map(Operation::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inMatrix = new TreeSet<>();
        matrix().fieldNames().forEachRemaining(inMatrix::add);
        assertEquals(inContract, inMatrix, "an operation without a rule, or a rule without an operation");
    }

    static List<Arguments> cases() throws IOException {
        JsonNode matrix = matrix();
        List<Arguments> cases = new ArrayList<>();
        for (Operation op : Operations.all()) {
            for (String caller : CALLERS) {
                cases.add(Arguments.of(op, caller, matrix.path(op.id()).path(caller).asInt(-1)));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("cases")
    void callerGetsTheExpectedStatus(Operation op, String caller, int expected) {
        String token = switch (caller) {
            case "cpam-agent" -> TestTokens.agent("751");
            case "partner" -> TestTokens.partner(Operations.PARTNER_ORG);
            case "ops" -> TestTokens.ops();
            default -> null;
        };
        String contract = op.path().contains("{id}") ? Operations.contract() : null;
        Response response = Operations.call(op, token, contract, Operations.PARTNER_ORG);
        assertEquals(expected, response.statusCode(), op + " as " + caller);
        if (expected / 100 == 2 && expected != 204) {
            // An allowed call answers with what it is for (its shape is checked against openapi.yaml), not a problem.
            assertFalse(response.asByteArray().length == 0, op + " as " + caller
                    + " answers with a body");
            assertFalse(String.valueOf(response.contentType())
                    .startsWith("application/problem+json"), op + " as " + caller + ": " + response.asString());
        }
    }
}
