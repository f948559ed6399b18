package fr.assistantmedical.support;

import fr.assistantmedical.api.model.ProfileRequest;
import fr.assistantmedical.api.model.SimulationRequest;
import fr.assistantmedical.rules.AmountRow;
import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.ObjectiveBasis;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.Parameter;
import fr.assistantmedical.rules.PercentileBand;
import fr.assistantmedical.rules.Regime;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Sector;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Text for people (messages, warnings, trace descriptions and results, rulebook notes, explanations)
 * carries no code word: no ISO date, no request field, no parameter path, no option, band, regime,
 * sector or certainty code, no source id, and never « non lu ».
 */
public final class PeopleText {

    /** The code words by their first character, longest first (as the alternation of a pattern would try them). */
    private static final Map<Character, List<String>> CODE_WORDS = codeWords(bundled());

    private PeopleText() {
    }

    /**
     * The first code word in {@code text}, or null when it reads as French for people. The text is read
     * from left to right; at each place an ISO date, then « non lu » ending a word, then the longest code
     * word that stands alone (no letter, digit, {@code _}, {@code .} or {@code -} before it, no letter,
     * digit, {@code _} or {@code -} after it): the first match of the pattern
     * {@code \d{4}-\d{2}-\d{2}|non lu\b|(?<![\w.-])(word|…)(?![\w-])}, found without trying every word at
     * every place.
     */
    public static String codeWord(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (isoDate(text, i)) {
                return text.substring(i, i + 10);
            }
            if (text.startsWith("non lu", i) && (i + 6 == length || !wordChar(text.charAt(i + 6)))) {
                return "non lu";
            }
            if (i > 0 && (asciiWord(text.charAt(i - 1)) || text.charAt(i - 1) == '.' || text.charAt(i - 1) == '-')) {
                continue;
            }
            for (String word : CODE_WORDS.getOrDefault(text.charAt(i), List.of())) {
                int end = i + word.length();
                if (text.startsWith(word, i) && (end == length || !asciiWord(text.charAt(end)) && text.charAt(end) != '-')) {
                    return word;
                }
            }
        }
        return null;
    }

    private static boolean isoDate(String text, int i) {
        if (i + 10 > text.length()) {
            return false;
        }
        for (int k = 0; k < 10; k++) {
            char c = text.charAt(i + k);
            if (k == 4 || k == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code \w} of a pattern: an ASCII letter or digit, or {@code _}. */
    private static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** What {@code \b} of a pattern takes for a word character on Java 17: any letter or digit, or {@code _}. */
    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static Rulebook bundled() {
        return BundledRulebook.RULEBOOK;
    }

    private static Map<Character, List<String>> codeWords(Rulebook rulebook) {
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
        return words.collect(Collectors.groupingBy(word -> word.charAt(0), Collectors.toList()));
    }
}
