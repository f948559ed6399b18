package fr.assistantmedical.contract.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.assistantmedical.rules.CollectiveMember;
import fr.assistantmedical.rules.CollectiveProfile;
import fr.assistantmedical.rules.StructureType;
import fr.assistantmedical.support.LawCases;
import fr.assistantmedical.support.LawCases.LawCase;
import fr.assistantmedical.support.PeopleText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The law cases of a collective contract's follow-up (law-cases/collective-contract), on the contract core. */
class CollectiveFollowUpLawCasesTest {

    static Stream<LawCase> cases() {
        return LawCases.cases(LawCases.CASES.resolve("collective-contract"));
    }

    private static Context on(String today) {
        return new Context(Fixtures.BUNDLED, LocalDate.parse(today), Instant.parse("2026-03-02T10:00:00Z"),
                Fixtures.AGENT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCaseHolds(LawCase c) {
        JsonNode contract = c.body().path("contract");
        List<CollectiveMember> members = new ArrayList<>();
        int n = 0;
        for (JsonNode m : contract.path("members")) {
            members.add(new CollectiveMember("M" + n++, "MEDECINE_GENERALE", 1, null, m.get(0).asInt(),
                    m.get(1).asInt(), null, false, false));
        }
        String signedOn = contract.path("signedOn").asText();
        CollectiveContract k = CollectiveContracts.sign(new CollectiveContracts.Sign("751", "123456789",
                new CollectiveProfile(LocalDate.parse(signedOn), StructureType.SCM,
                        contract.path("etp").decimalValue(), members)), Map.of(), Period.ZERO, on(signedOn));
        for (JsonNode step : c.body().path("steps")) {
            Context at = on(step.path("on").asText());
            LocalDate date = step.has("date") ? LocalDate.parse(step.path("date").asText()) : null;
            String reason = step.path("reason").asText(null);
            if (step.has("review")) {
                JsonNode r = step.path("review");
                k = CollectiveContracts.review(k, r.path("year").asInt(), r.path("patientsMt").asInt(),
                        r.path("patientsFileActive").asInt(), at);
                continue;
            }
            k = switch (step.path("action").asText()) {
                case "ACTIVATE" -> CollectiveContracts.activate(k, date, at);
                case "SUSPEND" -> CollectiveContracts.suspend(k, date, reason, at);
                case "RESUME" -> CollectiveContracts.resume(k, date, at);
                case "TERMINATE" -> CollectiveContracts.terminate(k, date, reason, at);
                default -> throw new IllegalArgumentException(step.toString());
            };
        }
        CollectiveContract result = k;
        JsonNode expect = c.expect();
        List<ContractWarning> warnings = CollectiveContracts.followUp(result);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(expect.path("status").asText(), result.status().name(), "status"));
        List<String> codes = new ArrayList<>();
        expect.path("warnings").forEach(w -> codes.add(w.asText()));
        checks.add(() -> assertEquals(codes, warnings.stream().map(ContractWarning::code).toList(), "warnings"));
        expect.path("amountDue").fields().forEachRemaining(due -> checks.add(() -> assertEquals(
                0, due.getValue().decimalValue().compareTo(result.review(Integer.parseInt(due.getKey()))
                        .orElseThrow().amountDue()), "amountDue of year " + due.getKey() + ": "
                        + result.review(Integer.parseInt(due.getKey())).orElseThrow().amountDue())));
        expect.path("messagesInclude").forEach(text -> checks.add(() -> assertTrue(warnings.stream()
                .anyMatch(w -> w.message().contains(text.asText())), text.asText() + " in " + warnings)));
        warnings.forEach(w -> checks.add(() -> assertNull(PeopleText.codeWord(w.message()),
                "text for people: " + w.message())));
        assertAll(checks);
    }
}
