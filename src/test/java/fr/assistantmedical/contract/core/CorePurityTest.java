package fr.assistantmedical.contract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The contract rules are plain Java: no framework, database or JSON type, so they are read and tested alone. */
class CorePurityTest {

    private static final List<String> FORBIDDEN = List.of("import io.quarkus", "import jakarta.", "import javax.",
            "import org.hibernate", "import com.fasterxml", "import io.smallrye", "import io.vertx",
            "import fr.assistantmedical.contract.persistence", "import fr.assistantmedical.api",
            "import fr.assistantmedical.contract.ContractService");

    @Test
    void theCoreImportsNoFrameworkType() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/fr/assistantmedical/contract/core"))) {
            List<String> offending = files.flatMap(file -> {
                try {
                    return Files.readAllLines(file).stream().filter(line -> FORBIDDEN.stream()
                            .anyMatch(line::startsWith)).map(line -> file.getFileName() + ": " + line);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(List.of(), offending);
        }
    }
}
