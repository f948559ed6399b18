package fr.assistantmedical.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import fr.assistantmedical.api.mapping.ProfileMapper;
import fr.assistantmedical.api.mapping.ResponseMapper;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.batch.BatchFormat;
import fr.assistantmedical.batch.BoundedLines;
import fr.assistantmedical.campaign.ImportSummary.LineError;
import fr.assistantmedical.campaign.ImportSummary.Violation;
import fr.assistantmedical.campaign.TargetLines.LineException;
import fr.assistantmedical.campaign.TargetLines.Problem;
import fr.assistantmedical.campaign.model.Campaign;
import fr.assistantmedical.campaign.model.ImportRecord;
import fr.assistantmedical.campaign.persistence.CampaignRepository;
import fr.assistantmedical.campaign.persistence.NewTarget;
import fr.assistantmedical.campaign.persistence.TargetRepository;
import fr.assistantmedical.contract.core.Rpps;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Simulation;
import fr.assistantmedical.rules.Simulator;
import fr.assistantmedical.simulation.SimulationService;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/**
 * Imports the targets of a campaign from a stream, in constant memory: lines are read in chunks,
 * simulated on the available cores by the rules in force (one rulebook for the whole file), and each
 * chunk is written by one statement as soon as the ones before it are. A line is imported whole or
 * rejected with its number; importing a doctor again replaces its figures.
 */
@ApplicationScoped
public class TargetImport {

    static final int CHUNK = 500;
    static final int MAX_LINE = 4096;
    static final int ERRORS_LISTED = 1000;
    private static final int IN_FLIGHT = 2 * Runtime.getRuntime().availableProcessors();
    private static final Duration DATABASE_WAIT = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(TargetImport.class);

    private final SimulationService simulations;
    private final CampaignRepository campaigns;
    private final TargetRepository targets;
    private final Validator validator;
    private final Clock clock;
    private final CampaignConfig config;
    private final ObjectReader lines;
    private final ObjectWriter answers;
    private final ExecutorService workers;

    TargetImport(SimulationService simulations, CampaignRepository campaigns,
            TargetRepository targets, Validator validator, Clock clock, CampaignConfig config, ObjectMapper json) {
        this.simulations = simulations;
        this.campaigns = campaigns;
        this.targets = targets;
        this.validator = validator;
        this.clock = clock;
        this.config = config;
        this.lines = json.readerFor(TargetInput.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.answers = json.writer();
        this.workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "campaign-import");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Everything a line needs but the line itself, the same for the whole file. */
    private record Context(Campaign campaign, Simulator simulator, List<String> header) {
    }

    /** A chunk once simulated: the targets to write and the lines rejected, in line order. */
    private record Chunk(List<NewTarget> targets, List<LineError> errors) {
    }

    /**
     * Imports a file into the campaign. Blocking: to be called on a worker thread.
     *
     * @throws CampaignInputException when a CSV file has no usable header (nothing is imported)
     */
    @WithSpan
    public ImportSummary importTargets(Campaign campaign, InputStream body, BatchFormat format, String actor)
            throws IOException {
        BoundedLines input = new BoundedLines(new InputStreamReader(body, StandardCharsets.UTF_8), MAX_LINE);
        List<String> header = format == BatchFormat.CSV ? TargetLines.header(input.next()) : null;
        Simulator simulator = simulations.snapshot();
        String version = simulator.rulebook().version();
        Context context = new Context(campaign, simulator, header);
        Instant started = Instant.now(clock);
        UUID importId = UUID.randomUUID();
        campaigns.startImport(campaign.id(), new ImportRecord(importId, format.name(), 0, 0, 0, version, started,
                null, actor)).await().atMost(DATABASE_WAIT);

        long number = header == null ? 1 : 2;
        long read = 0;
        Tally tally = new Tally();
        Map<String, Long> seen = new HashMap<>();
        Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
        List<String> chunk = new ArrayList<>(CHUNK);
        long chunkStart = number;
        for (String line = input.next(); line != null; line = input.next()) {
            if (read == config.importMaxLines()) {
                tally.reject(new LineError(number, List.of(new Violation("line", "au-delà de "
                        + config.importMaxLines() + " lignes : envoyer la suite dans un autre fichier"))));
                break;
            }
            chunk.add(line);
            read++;
            number++;
            if (chunk.size() == CHUNK) {
                inFlight.add(submit(chunk, chunkStart, context));
                chunk = new ArrayList<>(CHUNK);
                chunkStart = number;
                if (inFlight.size() >= IN_FLIGHT) {
                    write(inFlight.poll(), campaign, importId, version, seen, tally, read);
                }
            }
        }
        if (!chunk.isEmpty()) {
            inFlight.add(submit(chunk, chunkStart, context));
        }
        while (!inFlight.isEmpty()) {
            write(inFlight.poll(), campaign, importId, version, seen, tally, read);
        }
        campaigns.progress(importId, (int) read, (int) tally.imported, (int) tally.rejected, true)
                .await().atMost(DATABASE_WAIT);
        LOG.infof("Campaign %s: %d lines imported, %d rejected, rulebook %s", campaign.id(), tally.imported,
                tally.rejected, version);
        return new ImportSummary(importId, campaign.id(), format.name(), read, tally.imported, tally.rejected,
                tally.eligibility, version, tally.errors, tally.rejected > tally.errors.size());
    }

    /** Running counts of an import. */
    private static final class Tally {
        long imported;
        long rejected;
        final Map<EligibilityStatus, Long> eligibility = new EnumMap<>(EligibilityStatus.class);
        final List<LineError> errors = new ArrayList<>();

        void reject(LineError error) {
            rejected++;
            if (errors.size() < ERRORS_LISTED) {
                errors.add(error);
            }
        }
    }

    private Future<Chunk> submit(List<String> chunk, long first, Context context) {
        return workers.submit(() -> simulate(chunk, first, context));
    }

    private void write(Future<Chunk> next, Campaign campaign, UUID importId, String version, Map<String, Long> seen,
            Tally tally, long read) throws IOException {
        Chunk chunk;
        try {
            chunk = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("import failed", e.getCause());
        }
        // Line order: a doctor twice in one file keeps the first line, the second is rejected.
        List<NewTarget> unique = new ArrayList<>(chunk.targets().size());
        List<LineError> errors = new ArrayList<>(chunk.errors());
        for (NewTarget t : chunk.targets()) {
            Long first = seen.putIfAbsent(t.rpps(), t.line());
            if (first != null) {
                errors.add(new LineError(t.line(), List.of(new Violation("rpps",
                        "ce médecin figure déjà ligne " + first + " du fichier"))));
            } else {
                unique.add(t);
            }
        }
        errors.sort(Comparator.comparingLong(LineError::line));
        if (!unique.isEmpty()) {
            targets.upsert(campaign.id(), campaign.cpamCode(), version, importId, Instant.now(clock), unique)
                    .await().atMost(DATABASE_WAIT);
        }
        unique.forEach(t -> tally.eligibility.merge(t.eligibility(), 1L, Long::sum));
        tally.imported += unique.size();
        errors.forEach(tally::reject);
        campaigns.progress(importId, (int) read, (int) tally.imported, (int) tally.rejected, false)
                .await().atMost(DATABASE_WAIT);
    }

    private Chunk simulate(List<String> chunk, long first, Context context) {
        List<NewTarget> found = new ArrayList<>(chunk.size());
        List<LineError> errors = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            long number = first + i;
            try {
                found.add(target(chunk.get(i), number, context));
            } catch (LineException e) {
                errors.add(new LineError(number, e.problems().stream().map(p -> new Violation(p.field(), p.message()))
                        .toList()));
            }
        }
        return new Chunk(found, errors);
    }

    /** One line, checked and simulated exactly as POST /api/v1/simulations would for the campaign's date. */
    NewTarget target(String line, long number, Context context) {
        Campaign campaign = context.campaign();
        TargetInput t = context.header() == null ? TargetLines.json(lines, line) : TargetLines.csv(context.header(), line);
        List<Problem> problems = new ArrayList<>(validator.validate(t).stream()
                .map(v -> new Problem(v.getPropertyPath().toString(), v.getMessage())).toList());
        if (t.rpps != null && t.rpps.matches("[0-9]{11}") && !Rpps.isValid(t.rpps)) {
            problems.add(new Problem("rpps", "numéro RPPS invalide (clé de contrôle)"));
        }
        if (t.cpam != null && !t.cpam.equals(campaign.cpamCode())) {
            problems.add(new Problem("cpam", "ce médecin relève d'une autre caisse que celle de la campagne"));
        }
        if (t.ccamShare != null && t.ccamShare.scale() > 4) {
            problems.add(new Problem("ccamShare", "4 décimales au plus"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(Problem::field));
            throw new LineException(problems);
        }
        t.asOf = campaign.asOf();
        Profile profile;
        try {
            profile = ProfileMapper.toProfile(t, context.simulator().rulebook(), LocalDate.now(clock));
        } catch (InvalidRequestException e) {
            throw new LineException(e.violations().stream().map(v -> new Problem(v.field(), v.message())).toList());
        }
        Simulation simulation = simulations.simulate(context.simulator(), profile, null, null, false);
        String answer;
        try {
            answer = answers.writeValueAsString(ResponseMapper.simulation(profile.asOf(), simulation, false));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new NewTarget(number, t.rpps, profile.specialty(), profile.sector(), profile.optam(),
                profile.patientsMt(), profile.patientsFileActive(), profile.percentileBand(), profile.priorityZone(),
                profile.groupPractice(), profile.ccamShare(), profile.age(), profile.installedOn(), t.email,
                simulation.eligibility().status(), simulation.eligibility().regime().code(),
                simulation.eligibility().options(), simulation.provisional(), answer);
    }
}
