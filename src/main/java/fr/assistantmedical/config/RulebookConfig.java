package fr.assistantmedical.config;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "rulebook")
public interface RulebookConfig {

    /** A reviewed rulebook file that replaces the bundled one, for example mounted from a ConfigMap. */
    Optional<Path> path();
}
