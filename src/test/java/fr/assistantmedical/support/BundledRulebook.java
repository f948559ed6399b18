package fr.assistantmedical.support;

import fr.assistantmedical.rulebook.RulebookParser;
import fr.assistantmedical.rules.Rulebook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled rulebook ({@code rulebook/rulebook.yaml}), read once for all the tests of a JVM: a
 * rulebook is immutable, and reading it is most of what a small engine test costs.
 */
public final class BundledRulebook {

    public static final Rulebook RULEBOOK = read();

    private BundledRulebook() {
    }

    private static Rulebook read() {
        try (InputStream in = BundledRulebook.class.getClassLoader().getResourceAsStream("rulebook/rulebook.yaml")) {
            return RulebookParser.parse(in, "bundled");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
