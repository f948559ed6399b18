package fr.assistantmedical.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import fr.assistantmedical.api.mapping.ProfileMapper;
import fr.assistantmedical.api.model.BatchLine;
import fr.assistantmedical.api.model.BatchLine.LineError;
import fr.assistantmedical.api.model.SimulationRequest;
import fr.assistantmedical.api.input.RefusedInputException;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.api.edge.ProblemMapper;
import fr.assistantmedical.api.problem.Problem.Violation;
import fr.assistantmedical.simulation.SimulationService;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.IndicatorObjective;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.OptionSimulation;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.ScheduleYear;
import fr.assistantmedical.rules.Simulation;
import fr.assistantmedical.rules.Simulator;
import fr.assistantmedical.rules.Warning;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Simulates a stream of profiles, one result line per input line, in order, in constant memory:
 * lines are read in chunks, a bounded number of chunks is simulated at once on the available cores,
 * and each chunk is written as soon as the ones before it are.
 */
@ApplicationScoped
public class BatchService {

    static final int CHUNK = 512;
    private static final Logger LOG = Logger.getLogger(BatchService.class);
    private static final int IN_FLIGHT = 2 * Runtime.getRuntime().availableProcessors();

    private final SimulationService simulations;
    private final Validator validator;
    private final Clock clock;
    private final ObjectReader requests;
    private final ObjectWriter lines;
    private final ExecutorService workers;
    private final int maxLine;

    BatchService(SimulationService simulations, Validator validator, Clock clock,
            ObjectMapper json, @ConfigProperty(name = "app.batch.max-line", defaultValue = "65536") int maxLine) {
        this.maxLine = maxLine;
        this.simulations = simulations;
        this.validator = validator;
        this.clock = clock;
        this.requests = json.readerFor(SimulationRequest.class);
        this.lines = json.writer();
        this.workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "batch-simulation");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** What one chunk gave: its bytes, and its counts for the summary. */
    private record Done(byte[] bytes, long lines, long errors, Map<EligibilityStatus, Long> status,
            Map<Option, Long> options) {
    }

    /** Everything a line needs but the line itself, the same for the whole batch. */
    private record Context(Simulator simulator, LocalDate today, List<String> header, BatchFormat output,
            int years) {
    }

    /** A batch whose input is open and whose header, for CSV, has been read and checked. */
    public final class Batch {
        private final BoundedLines reader;
        private final Context context;
        private final long firstLine;

        private Batch(BoundedLines reader, Context context, long firstLine) {
            this.reader = reader;
            this.context = context;
            this.firstLine = firstLine;
        }

        public void writeTo(OutputStream out) throws IOException {
            run(reader, out, context, firstLine);
        }
    }

    /**
     * Opens a batch. For CSV, the header is read now, so that a bad one is refused before any answer.
     *
     * @throws BatchHeaderException when a CSV input has no usable header
     */
    public Batch open(InputStream in, BatchFormat input, BatchFormat output) throws IOException {
        // A line longer than the limit is skipped as it streams by, never held whole in memory.
        BoundedLines reader = new BoundedLines(new InputStreamReader(in, StandardCharsets.UTF_8), maxLine);
        List<String> header = null;
        if (input == BatchFormat.CSV) {
            String first = reader.next();
            if (first == BoundedLines.TOO_LONG) {
                throw new BatchHeaderException("L'en-tête CSV dépasse " + maxLine + " caractères.");
            }
            header = CsvProfiles.header(first);
        }
        Simulator rules = simulations.snapshot();
        return new Batch(reader, new Context(rules, LocalDate.now(clock), header, output,
                CsvResults.years(rules.rulebook())),
                input == BatchFormat.CSV ? 2 : 1);
    }

    private void run(BoundedLines reader, OutputStream out, Context context, long firstLine) throws IOException {
        if (context.output() == BatchFormat.CSV) {
            out.write(CsvResults.header(context.years()).getBytes(StandardCharsets.UTF_8));
        }
        long first = firstLine;
        Deque<Future<Done>> inFlight = new ArrayDeque<>();
        Done total = new Done(null, 0, 0, new EnumMap<>(EligibilityStatus.class), new EnumMap<>(Option.class));
        List<String> chunk = new ArrayList<>(CHUNK);
        for (String line = reader.next(); line != null; line = reader.next()) {
            chunk.add(line);
            if (chunk.size() == CHUNK) {
                inFlight.add(submit(chunk, first, context));
                first += CHUNK;
                chunk = new ArrayList<>(CHUNK);
                if (inFlight.size() >= IN_FLIGHT) {
                    total = write(inFlight.poll(), out, total);
                }
            }
        }
        if (!chunk.isEmpty()) {
            inFlight.add(submit(chunk, first, context));
        }
        while (!inFlight.isEmpty()) {
            total = write(inFlight.poll(), out, total);
        }
        BatchLine.SummaryCounts summary = new BatchLine.SummaryCounts(total.lines(), total.lines() - total.errors(),
                total.errors(), total.status(), total.options());
        out.write(context.output() == BatchFormat.CSV ? CsvResults.summary(summary).getBytes(StandardCharsets.UTF_8)
                : (lines.writeValueAsString(new BatchLine.Summary(summary)) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private Future<Done> submit(List<String> chunk, long first, Context context) {
        return workers.submit(() -> simulate(chunk, first, context));
    }

    private static Done write(Future<Done> next, OutputStream out, Done total) throws IOException {
        Done done;
        try {
            done = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("batch failed", e.getCause());
        }
        out.write(done.bytes());
        done.status().forEach((k, v) -> total.status().merge(k, v, Long::sum));
        done.options().forEach((k, v) -> total.options().merge(k, v, Long::sum));
        return new Done(null, total.lines() + done.lines(), total.errors() + done.errors(), total.status(),
                total.options());
    }

    private Done simulate(List<String> chunk, long first, Context context) {
        StringBuilder text = new StringBuilder(chunk.size() * 400);
        Map<EligibilityStatus, Long> status = new EnumMap<>(EligibilityStatus.class);
        Map<Option, Long> options = new EnumMap<>(Option.class);
        long errors = 0;
        for (int i = 0; i < chunk.size(); i++) {
            BatchLine result = line(chunk.get(i), first + i, context);
            if (result.error() != null) {
                errors++;
            } else {
                status.merge(result.status(), 1L, Long::sum);
                result.simulations().forEach(s -> options.merge(s.option(), 1L, Long::sum));
            }
            if (context.output() == BatchFormat.CSV) {
                CsvResults.row(text, result, context.years());
            } else {
                try {
                    text.append(lines.writeValueAsString(result)).append('\n');
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new Done(text.toString().getBytes(StandardCharsets.UTF_8), chunk.size(), errors, status, options);
    }

    /** The result of one line, exactly as POST /api/v1/simulations computes it, or its error. */
    BatchLine line(String text, long number, Context context) {
        if (text == BoundedLines.TOO_LONG) {
            return error(number, List.of(new Violation("line", "ligne de plus de " + maxLine + " caractères, ignorée")));
        }
        try {
            SimulationRequest request = context.header() == null ? json(text) : CsvProfiles.request(context.header(), text);
            List<Violation> violations = validator.validate(request).stream()
                    .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::field)).toList();
            if (!violations.isEmpty()) {
                return error(number, violations);
            }
            Profile profile = ProfileMapper.toProfile(request, context.simulator().rulebook(), context.today());
            return result(number, simulations.simulate(context.simulator(), profile, request.option,
                    ProfileMapper.targets(request), false));
        } catch (InvalidRequestException e) {
            return error(number, e.violations());
        } catch (CsvProfiles.CsvFieldException e) {
            return error(number, List.of(new Violation(e.field(), e.getMessage())));
        } catch (RefusedInputException e) {
            return error(number, List.of(new Violation(lastField(e), e.reason())));
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "line" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            return error(number, List.of(new Violation(field == null ? "line" : field,
                    e.getPath().isEmpty() ? "un objet JSON est attendu" : "type ou valeur invalide")));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String duplicate = e instanceof JsonProcessingException j ? ProblemMapper.duplicateField(j) : null;
            if (duplicate != null) {
                return error(number, List.of(new Violation(duplicate, "champ présent plusieurs fois")));
            }
            return new BatchLine(number, null, null, null, null, null, null,
                    new LineError("Ligne illisible", "La ligne n'est pas un document JSON ou CSV valide.", null));
        } catch (RuntimeException | StackOverflowError e) {
            // Nothing one line contains may end the batch: the line gets its error, the others go on.
            LOG.errorf(e, "Batch line %d could not be simulated", number);
            return new BatchLine(number, null, null, null, null, null, null,
                    new LineError("Ligne non traitée", "La ligne n'a pas pu être simulée.", null));
        }
    }

    private static String lastField(JsonMappingException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        return field == null ? "line" : field;
    }

    private SimulationRequest json(String text) throws JsonProcessingException {
        if (text.isBlank()) {
            throw new CsvProfiles.CsvFieldException("line", "ligne vide");
        }
        return requests.readValue(text);
    }

    private static BatchLine error(long number, List<Violation> violations) {
        return new BatchLine(number, null, null, null, null, null, null, new LineError("Ligne invalide",
                violations.stream().map(v -> v.field() + " : " + v.message()).reduce((a, b) -> a + " ; " + b)
                        .orElse(""), violations));
    }

    static BatchLine result(long number, Simulation s) {
        List<BatchLine.Simulated> simulated = new ArrayList<>(s.simulations().size());
        for (OptionSimulation o : s.simulations()) {
            simulated.add(new BatchLine.Simulated(o.option(), o.years().stream().map(ScheduleYear::maxAid).toList(),
                    o.totalMaxAid(), o.objective() == null ? null : new BatchLine.Objective(o.objective().basis(),
                            target(o.objective().patientsMt()), target(o.objective().patientsFileActive())),
                    o.provisional(), o.warnings().stream().map(Warning::parameter).distinct().toList()));
        }
        return new BatchLine(number, s.eligibility().status(), s.eligibility().regime().code(),
                s.eligibility().options(), s.eligibility().missingInputs(), s.provisional(), simulated, null);
    }

    private static BatchLine.Target target(IndicatorObjective objective) {
        return objective == null ? null
                : new BatchLine.Target(objective.start(), objective.target(), objective.increase());
    }
}
