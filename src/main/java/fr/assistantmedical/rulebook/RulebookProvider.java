package fr.assistantmedical.rulebook;

import fr.assistantmedical.config.RulebookConfig;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.RulebookException;
import fr.assistantmedical.rules.Simulator;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Holds the rulebook in force. It is loaded and validated at startup: the service refuses to start
 * on an invalid rulebook, and says why.
 */
@Startup
@ApplicationScoped
public class RulebookProvider {

    static final String BUNDLED = "rulebook/rulebook.yaml";
    private static final Logger LOG = Logger.getLogger(RulebookProvider.class);

    private final Optional<Path> path;
    private volatile Simulator simulator;

    RulebookProvider(RulebookConfig config) {
        this.path = config.path();
        this.simulator = new Simulator(load());
        Rulebook rulebook = simulator.rulebook();
        LOG.infof("Rulebook %s version %s loaded from %s: %d regimes, %d parameters", rulebook.id(),
                rulebook.version(), origin(), rulebook.regimes().size(), rulebook.parameters().size());
    }

    public Rulebook rulebook() {
        return simulator.rulebook();
    }

    public Simulator simulator() {
        return simulator;
    }

    /** Where the rulebook is read from: the configured file, or the bundled one. */
    public String origin() {
        return path.map(Path::toString).orElse("classpath:" + BUNDLED);
    }

    /**
     * Reads and validates the rulebook again; the one in force is replaced only if the new one is valid.
     *
     * @throws RulebookException listing the problems, the rulebook in force being kept
     */
    public Rulebook reload() {
        simulator = new Simulator(load());
        return simulator.rulebook();
    }

    private Rulebook load() {
        try (InputStream in = path.isPresent() ? Files.newInputStream(path.get())
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new RulebookException(List.of(origin() + ": not found"));
            }
            return RulebookParser.parse(in, origin());
        } catch (IOException e) {
            throw new RulebookException(List.of(origin() + ": cannot be read: " + e.getMessage()));
        }
    }
}
