package fr.assistantmedical.support;

import fr.assistantmedical.api.model.ProfileRequest;
import fr.assistantmedical.api.model.SimulationRequest;
import fr.assistantmedical.rulebook.RulebookParser;
import fr.assistantmedical.rules.AmountRow;
import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.ObjectiveBasis;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.Parameter;
import fr.assistantmedical.rules.PercentileBand;
import fr.assistantmedical.rules.Regime;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Sector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Text for people (messages, warnings, trace descriptions and results, rulebook notes, explanations)
 * carries no code word: no ISO date, no request field, no parameter path, no option, band, regime,
 * sector or certainty code, no source id, and never « non lu ».
 */
public final class PeopleText {

    private static final Pattern CODE_WORDS = codeWords(bundled());

    private PeopleText() {
    }

    /** The first code word in {@code text}, or null when it reads as French for people. */
    public static String codeWord(String text) {
        Matcher m = CODE_WORDS.matcher(text);
        return m.find() ? m.group() : null;
    }

    private static Rulebook bundled() {
        try (InputStream in = PeopleText.class.getClassLoader().getResourceAsStream("rulebook/rulebook.yaml")) {
            return RulebookParser.parse(in, "bundled");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pattern codeWords(Rulebook rulebook) {
        Stream<String> words = Stream.of(
                Arrays.stream(ProfileRequest.class.getFields()).map(Field::getName),
                Stream.of("objectiveTargets"),
                Arrays.stream(SimulationRequest.class.getDeclaredFields()).map(Field::getName)
                        .filter(name -> !name.equals("option")),
                Stream.of(Option.values(), PercentileBand.values(), Sector.values(), ObjectiveBasis.values(),
                        Certainty.values()).flatMap(Arrays::stream).map(Enum::name),
                Arrays.stream(AmountRow.values()).map(AmountRow::key),
                rulebook.regimes().stream().map(Regime::code),
                rulebook.parameters().stream().map(Parameter::name),
                rulebook.sources().keySet().stream()).flatMap(s -> s).distinct()
                .sorted(Comparator.comparing(String::length).reversed());
        return Pattern.compile("\\d{4}-\\d{2}-\\d{2}|non lu\\b|(?<![\\w.-])(" + words.map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\w-])");
    }
}
