package fr.assistantmedical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem type the service can answer is listed, with its meaning, in openapi.yaml. */
class ProblemTypesTest {

    private static final Pattern LITERAL = Pattern.compile("\"(/problems/[a-z-]+)\"");
    private static final Pattern CONFLICT = Pattern.compile("(?:Contract|Campaign)ConflictException\\(\\s*\"([a-z-]+)\"");

    @Test
    void everyProblemTypeInTheCodeIsDocumented() throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher literal = LITERAL.matcher(code);
                while (literal.find()) {
                    types.add(literal.group(1));
                }
                Matcher conflict = CONFLICT.matcher(code);
                while (conflict.find()) {
                    types.add("/problems/" + conflict.group(1));
                }
            }
        }
        assertTrue(types.size() > 20, "found " + types);
        String documented = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile())
                .at("/components/schemas/Problem/properties/type/description").asText();
        List<String> missing = types.stream().filter(t -> !documented.contains("`" + t + "` (")).toList();
        assertEquals(List.of(), missing, "problem types without their meaning in the Problem schema");
    }
}
