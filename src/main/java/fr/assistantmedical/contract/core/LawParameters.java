package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.ParameterNames;
import fr.assistantmedical.rules.ParameterValue;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Warning;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rulebook values the contract rules read. A parameter the rulebook does not hold gives the
 * behaviour the service had before it existed; a missing or provisional value gives a warning.
 */
public final class LawParameters {

    /** Which event starts contract year 1, per regime: SIGNATURE or HIRE. */
    public static final String FIRST_YEAR_START = "contract.firstYearStart";
    /** The year of the amounts table at which a renewed contract starts (3: the year-3+ amounts continue). */
    public static final String RENEWAL_AMOUNTS_FROM_YEAR = "renewal.amountsFromYear";
    /** Prefix of the options renewable for contracts signed under a regime (suffix: the regime code). */
    public static final String RENEWABLE_OPTIONS = "renewal.renewableOptions";

    /** Which event starts contract year 1. */
    public enum FirstYearStart {
        SIGNATURE,
        HIRE
    }

    /** A value read, and the warnings it brings (none when the rulebook gives a sure value or nothing at all). */
    public record Read<T>(T value, List<Warning> warnings) {
    }

    private LawParameters() {
    }

    public static Read<FirstYearStart> firstYearStart(Rulebook rulebook, LocalDate signedOn) {
        List<Warning> warnings = new ArrayList<>();
        Object value = value(rulebook, FIRST_YEAR_START, signedOn, warnings);
        FirstYearStart start = value != null && FirstYearStart.HIRE.name().equals(value.toString())
                ? FirstYearStart.HIRE : FirstYearStart.SIGNATURE;
        return new Read<>(start, warnings);
    }

    public static Read<Integer> renewalAmountsFromYear(Rulebook rulebook, LocalDate renewedOn) {
        List<Warning> warnings = new ArrayList<>();
        Object value = value(rulebook, RENEWAL_AMOUNTS_FROM_YEAR, renewedOn, warnings);
        return new Read<>(value instanceof Number n && n.intValue() >= 1 ? n.intValue() : 1, warnings);
    }

    /** The options of contracts signed under {@code regime} that may be renewed; empty when the rulebook names none. */
    public static Read<Optional<List<String>>> renewableOptions(Rulebook rulebook, String regime, LocalDate renewedOn) {
        List<Warning> warnings = new ArrayList<>();
        Object value = value(rulebook, RENEWABLE_OPTIONS + "." + regime, renewedOn, warnings);
        Optional<List<String>> options = value instanceof List<?> list
                ? Optional.of(list.stream().map(String::valueOf).toList()) : Optional.empty();
        return new Read<>(options, warnings);
    }

    static boolean renewable(Read<Optional<List<String>>> renewable, Option option) {
        return renewable.value().map(options -> options.contains(option.name())).orElse(true);
    }

    static int objectiveCheckedFromYear(Rulebook rulebook, LocalDate signedOn) {
        return integer(rulebook, ParameterNames.OBJECTIVE_CHECKED_FROM_YEAR, signedOn, 3);
    }

    static int terminationNoticeMonths(Rulebook rulebook, LocalDate signedOn) {
        return integer(rulebook, ParameterNames.TERMINATION_NOTICE, signedOn, 0);
    }

    private static int integer(Rulebook rulebook, String name, LocalDate at, int fallback) {
        return at(rulebook, name, at).filter(ParameterValue::known).map(v -> ((Number) v.value()).intValue())
                .orElse(fallback);
    }

    private static Optional<ParameterValue> at(Rulebook rulebook, String name, LocalDate date) {
        return rulebook.parameter(name).flatMap(p -> p.at(date));
    }

    private static Object value(Rulebook rulebook, String name, LocalDate date, List<Warning> warnings) {
        Optional<ParameterValue> found = at(rulebook, name, date);
        if (found.isEmpty()) {
            return null;
        }
        ParameterValue v = found.get();
        if (!v.known()) {
            warnings.add(new Warning(name, "Valeur inconnue : " + v.note() + " Règle appliquée par défaut."));
        } else if (v.certainty() == Certainty.PROVISIONAL) {
            warnings.add(new Warning(name, "Valeur provisoire (" + v.value() + ")"
                    + (v.note() == null ? "." : " : " + v.note())));
        }
        return v.value();
    }
}
