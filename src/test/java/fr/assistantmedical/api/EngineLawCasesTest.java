package fr.assistantmedical.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.assistantmedical.api.mapping.CollectiveMapper;
import fr.assistantmedical.api.mapping.FieldChecks;
import fr.assistantmedical.api.mapping.ProfileMapper;
import fr.assistantmedical.api.mapping.ResponseMapper;
import fr.assistantmedical.api.model.ProfileRequest;
import fr.assistantmedical.api.model.SimulationRequest;
import fr.assistantmedical.api.model.collective.CollectiveRequest;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.api.problem.Problem.Violation;
import fr.assistantmedical.rulebook.RulebookParser;
import fr.assistantmedical.rules.AidDue;
import fr.assistantmedical.rules.CollectiveProfile;
import fr.assistantmedical.rules.CollectiveRules;
import fr.assistantmedical.rules.Evaluation;
import fr.assistantmedical.rules.IndicatorObjective;
import fr.assistantmedical.rules.Objective;
import fr.assistantmedical.rules.OptionSimulation;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Simulator;
import fr.assistantmedical.support.BundledRulebook;
import fr.assistantmedical.support.LawCases.LawCase;
import fr.assistantmedical.support.LawCases;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The law cases on the engine alone: the request read as the API reads it, checked by its
 * constraints, mapped to a profile, simulated, mapped back to the API's answer, and compared by
 * {@link LawCases} as {@link LawCasesTest} compares the HTTP answer. No Quarkus, no database.
 *
 * <p>A rulebook under review runs against the cases before it is mounted:
 * {@code ./mvnw test -Dtest=EngineLawCasesTest -Dlawcases.rulebook=/path/to/rulebook.yaml}.
 */
class EngineLawCasesTest {

    /** The system property naming a rulebook file to run instead of the bundled one. */
    static final String RULEBOOK_FILE = "lawcases.rulebook";

    // The mapper and the validator are built on other threads while the rulebook is read: most of
    // what the first case costs is loading their classes.
    private static final CompletableFuture<ObjectMapper> MAPPER = CompletableFuture.supplyAsync(ServiceReading::mapper);
    private static final CompletableFuture<Validator> CHECKS = CompletableFuture.supplyAsync(ServiceReading::validator);
    private static final CompletableFuture<List<LawCase>> CASES = CompletableFuture.supplyAsync(
            () -> LawCases.cases().toList());
    private static final Rulebook RULEBOOK = load();
    private static final Simulator SIMULATOR = new Simulator(RULEBOOK);
    private static final ObjectMapper JSON = MAPPER.join();
    private static final Validator VALIDATOR = CHECKS.join();

    private static Rulebook load() {
        String file = System.getProperty(RULEBOOK_FILE, "");
        if (file.isBlank()) {
            return BundledRulebook.RULEBOOK;
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return RulebookParser.parse(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<LawCase> cases() {
        return CASES.join().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lawCase(LawCase c) throws IOException {
        assertAll(c.toString(), LawCases.checks(c, answer(c)));
    }

    static Stream<LawCase> reviews() {
        return LawCases.cases(LawCases.CASES.resolve("review"));
    }

    /**
     * A contract signed with the case's request, its objective as the simulation sets it (or as the
     * CPAM communicated it), reviewed for one year on the counts observed.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("reviews")
    void review(LawCase c) throws IOException {
        assertFalse(c.body().path("source").asText().isBlank(), c + " cites its source");
        SimulationRequest request = JSON.treeToValue(c.request(), SimulationRequest.class);
        Profile profile = ProfileMapper.toProfile(request, RULEBOOK, LocalDate.now());
        OptionSimulation simulation = SIMULATOR.simulate(profile, request.option, ProfileMapper.targets(request),
                false).simulations().get(0);
        JsonNode review = c.body().path("review");
        int year = review.path("year").asInt();
        Objective objective = simulation.objective();
        AidDue.Result result = AidDue.review(RULEBOOK, profile.asOf(), year, simulation.years().get(year - 1).maxAid(),
                target(objective.patientsMt()), target(objective.patientsFileActive()),
                count(review.path("patientsMt")), count(review.path("patientsFileActive")));
        ObjectNode actual = JSON.createObjectNode().put("basis", objective.basis().name())
                .put("modulation", result.modulation()).put("achievementMt", result.achievementMt())
                .put("achievementFa", result.achievementFa()).put("achievement", result.achievement())
                .put("amountDue", result.amountDue()).put("provisional", result.provisional());
        assertAll(c.toString(), LawCases.sameFields(c.expect(), actual));
    }

    private static AidDue.Target target(IndicatorObjective objective) {
        return objective == null ? null : new AidDue.Target(objective.start(), objective.target(), objective.minimum());
    }

    private static Integer count(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asInt();
    }

    /** The API's answer to the case's request, computed without the HTTP layer. */
    static JsonNode answer(LawCase c) throws IOException {
        if (c.endpoint().startsWith("collective/")) {
            return collective(c);
        }
        boolean simulation = c.endpoint().equals("simulations");
        Class<? extends ProfileRequest> type = simulation ? SimulationRequest.class : ProfileRequest.class;
        ProfileRequest request = JSON.treeToValue(c.request(), type);
        // As the resources do: the request's field checks, then the rulebook's, all listed together.
        List<Violation> invalid = FieldChecks.fieldViolations(VALIDATOR, request);
        try {
            Profile profile = ProfileMapper.toProfile(request, RULEBOOK, LocalDate.now(), invalid);
            if (!simulation) {
                return written(ResponseMapper.eligibility(profile.asOf(),
                        SIMULATOR.eligibility(profile, true), true));
            }
            SimulationRequest s = (SimulationRequest) request;
            return written(ResponseMapper.simulation(profile.asOf(),
                    SIMULATOR.simulate(profile, s.option, ProfileMapper.targets(s), true), true));
        } catch (InvalidRequestException e) {
            return problem(e.violations());
        }
    }

    /** The collective endpoints' answer, computed without the HTTP layer. */
    private static JsonNode collective(LawCase c) throws IOException {
        boolean simulation = c.endpoint().equals("collective/simulations");
        CollectiveRequest request = JSON.treeToValue(c.request(), CollectiveRequest.class);
        Set<ConstraintViolation<CollectiveRequest>> invalid = VALIDATOR.validate(request);
        if (!invalid.isEmpty()) {
            List<Violation> violations = new ArrayList<>();
            invalid.forEach(v -> violations.add(new Violation(v.getPropertyPath().toString(), v.getMessage())));
            return problem(violations);
        }
        try {
            CollectiveProfile group = CollectiveMapper.toProfile(request, RULEBOOK, LocalDate.now(), simulation);
            Evaluation evaluation = new Evaluation(RULEBOOK, true);
            return written(simulation
                    ? CollectiveMapper.simulation(group, CollectiveRules.simulate(group, evaluation), true)
                    : CollectiveMapper.eligibility(group, CollectiveRules.evaluate(group, evaluation), true));
        } catch (InvalidRequestException e) {
            return problem(e.violations());
        }
    }

    /** The answer as the service writes it (sources are written raw, as already rendered JSON). */
    private static JsonNode written(Object answer) throws IOException {
        return JSON.readTree(JSON.writeValueAsBytes(answer));
    }

    private static JsonNode problem(List<Violation> violations) {
        ObjectNode problem = JSON.createObjectNode().put("status", 400);
        ArrayNode list = problem.putArray("violations");
        violations.forEach(v -> list.addObject().put("field", v.field()).put("message", v.message()));
        return problem;
    }
}
