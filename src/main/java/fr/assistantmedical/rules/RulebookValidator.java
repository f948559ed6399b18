package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds every reason not to use a rulebook: overlapping dates, periods with no value, bands out of
 * order, negative or incoherent amounts, unknown codes, missing sources and missing parameters.
 */
public final class RulebookValidator {

    private static final Set<String> ROUNDINGS = Set.of("DOWN", "HALF_UP", "UP");
    /** Pairs of amount rows: the first never pays less than the second. */
    private static final List<List<AmountRow>> NOT_BELOW = List.of(
            List.of(AmountRow.YEAR_1, AmountRow.YEAR_2),
            List.of(AmountRow.YEAR_2, AmountRow.YEAR_3_PLUS),
            List.of(AmountRow.YEAR_3_PLUS_P90_P95, AmountRow.YEAR_3_PLUS),
            List.of(AmountRow.P95_PLUS, AmountRow.YEAR_3_PLUS_P90_P95));
    private static final Set<String> CONTRACT_STARTS = Set.of("SIGNATURE", "HIRE");
    private static final int TEXT_MAX = 600;
    private static final String PERCENTILES = "percentiles.";

    private RulebookValidator() {
    }

    public static List<String> validate(Rulebook rulebook) {
        List<String> problems = new ArrayList<>();
        regimes(rulebook, problems);
        Set<String> specialties = new HashSet<>();
        rulebook.specialties().forEach(s -> specialties.add(s.code()));
        for (String name : ParameterNames.required()) {
            if (rulebook.parameter(name).isEmpty()) {
                problems.add("parameter " + name + ": missing");
            }
        }
        for (String name : rulebook.collectiveRegimes().isEmpty() ? List.<String>of() : CollectiveNames.ALL) {
            if (rulebook.parameter(name).isEmpty()) {
                problems.add("parameter " + name + ": missing");
            }
        }
        for (Parameter parameter : rulebook.parameters()) {
            name(parameter.name(), rulebook, specialties, problems);
            history(parameter, rulebook, problems);
            for (ParameterValue value : parameter.values()) {
                value(parameter, value, specialties, problems);
            }
        }
        sourcePeriods(rulebook, problems);
        percentileOrder(rulebook, problems);
        feeSplit(rulebook, problems);
        for (Option option : Option.values()) {
            amountsCoherence(rulebook, option, problems);
        }
        return problems;
    }

    private static void regimes(Rulebook rulebook, List<String> problems) {
        if (rulebook.regimes().isEmpty()) {
            problems.add("regimes: none defined");
            return;
        }
        Set<String> codes = new HashSet<>();
        regimeList(rulebook.regimes(), codes, problems);
        regimeList(rulebook.collectiveRegimes(), codes, problems);
        if (!rulebook.collectiveRegimes().isEmpty()
                && rulebook.collectiveRegimes().get(0).from().isBefore(rulebook.firstDate())) {
            problems.add("collectiveRegimes: start before the first regime");
        }
    }

    private static void regimeList(List<Regime> regimes, Set<String> codes, List<String> problems) {
        LocalDate previous = null;
        for (Regime regime : regimes) {
            String where = "regime " + regime.code();
            if (!codes.add(regime.code())) {
                problems.add(where + ": defined twice");
            }
            if (previous != null && !regime.from().isAfter(previous)) {
                problems.add(where + ": starts on " + regime.from() + ", the same day as the previous regime");
            }
            previous = regime.from();
            provenance(where, regime.source(), regime.certainty(), regime.verified(), problems);
        }
    }

    private static void name(String name, Rulebook rulebook, Set<String> specialties, List<String> problems) {
        if (ParameterNames.required().contains(name) || CollectiveNames.ALL.contains(name)) {
            return;
        }
        String[] parts = name.split("\\.");
        if (name.startsWith(PERCENTILES) && parts.length == 4) {
            code("parameter " + name, parts[1], specialties::contains, "specialty", problems);
            code("parameter " + name, parts[2], enumNames(Indicator.class)::contains, "indicator", problems);
            code("parameter " + name, parts[3], enumNames(Percentile.class)::contains, "percentile", problems);
            return;
        }
        if (name.startsWith(ParameterNames.RENEWABLE_OPTIONS + ".")) {
            code("parameter " + name, name.substring(ParameterNames.RENEWABLE_OPTIONS.length() + 1),
                    rulebook.regimes().stream().map(Regime::code).toList()::contains, "regime", problems);
            return;
        }
        for (String prefix : List.of(ParameterNames.FLOOR_INDICATOR, ParameterNames.OBJECTIVE_INDICATORS)) {
            if (name.startsWith(prefix + ".")) {
                code("parameter " + name, name.substring(prefix.length() + 1), specialties::contains, "specialty",
                        problems);
                return;
            }
        }
        problems.add("parameter " + name + ": unknown parameter");
    }

    private static void history(Parameter parameter, Rulebook rulebook, List<String> problems) {
        String where = "parameter " + parameter.name();
        if (parameter.values().isEmpty()) {
            problems.add(where + ": no values");
            return;
        }
        LocalDate first = parameter.values().get(0).from();
        List<Regime> periods = periods(rulebook, parameter);
        if (!periods.isEmpty() && first.isAfter(periods.get(0).from())) {
            problems.add(where + ": no value between " + periods.get(0).from() + " and " + first);
        }
        for (int i = 1; i < parameter.values().size(); i++) {
            LocalDate before = parameter.values().get(i - 1).from();
            LocalDate from = parameter.values().get(i).from();
            if (!from.isAfter(before)) {
                problems.add(where + ": value from " + from + " overlaps the value from " + before);
            }
        }
    }

    private static void value(Parameter parameter, ParameterValue v, Set<String> specialties, List<String> problems) {
        String where = "parameter " + parameter.name() + " from " + v.from();
        if (!v.known()) {
            if (v.note() == null || v.note().isBlank()) {
                problems.add(where + ": a missing value needs a note saying what is missing");
            }
            return;
        }
        provenance(where, v.source(), v.certainty(), v.verified(), problems);
        if (v.boundary() != null && v.boundary().certainty() == null) {
            problems.add(where + ": boundary without certainty");
        }
        Object value = v.value();
        switch (parameter.type()) {
            case INTEGER, PATIENTS -> {
                if (!(value instanceof Integer i) || i < 0) {
                    problems.add(where + ": " + value + " is not a whole number >= 0");
                }
            }
            case SHARE -> {
                if (!(value instanceof BigDecimal d) || d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
                    problems.add(where + ": " + value + " is not a share between 0 and 1");
                }
            }
            case EUROS -> {
                if (!(value instanceof BigDecimal d) || d.signum() < 0 || d.stripTrailingZeros().scale() > 2) {
                    problems.add(where + ": " + value + " is not an amount in euros >= 0 with at most 2 decimals");
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    problems.add(where + ": " + value + " is not true or false");
                }
            }
            case ETP -> {
                if (!(value instanceof BigDecimal d) || d.signum() < 0
                        || d.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
                    problems.add(where + ": " + value + " is not a number of ETP >= 0, a multiple of 0.5");
                }
            }
            case STRUCTURES -> codes(where, value, enumNames(StructureType.class)::contains, "structure", problems);
            case SECTORS -> codes(where, value, enumNames(Sector.class)::contains, "sector", problems);
            case SPECIALTIES -> codes(where, value, specialties::contains, "specialty", problems);
            case OPTIONS -> codes(where, value, enumNames(Option.class)::contains, "option", problems);
            case INDICATORS -> codes(where, value, enumNames(Indicator.class)::contains, "indicator", problems);
            case INDICATOR -> code(where, value, enumNames(Indicator.class)::contains, "indicator", problems);
            case PERCENTILE -> code(where, value, enumNames(Percentile.class)::contains, "percentile", problems);
            case ROUNDING -> code(where, value, ROUNDINGS::contains, "rounding", problems);
            case MODULATION -> code(where, value, enumNames(Modulation.class)::contains, "modulation", problems);
            case COMBINATION -> code(where, value, enumNames(Combination.class)::contains, "combination", problems);
            case CONTRACT_START -> code(where, value, CONTRACT_STARTS::contains, "contract start", problems);
            case TEXT -> {
                if (!(value instanceof String text) || text.isBlank() || text.length() > TEXT_MAX
                        || text.chars().anyMatch(Character::isISOControl)) {
                    problems.add(where + ": a text is one line of 1 to " + TEXT_MAX + " characters");
                }
            }
        }
    }

    private static void provenance(String where, Source source, Certainty certainty, LocalDate verified,
            List<String> problems) {
        if (source == null) {
            problems.add(where + ": no source");
        }
        if (certainty == null) {
            problems.add(where + ": no certainty");
        }
        if (verified == null) {
            problems.add(where + ": no verification date");
        }
    }

    private static void codes(String where, Object value, Predicate<String> known, String kind, List<String> problems) {
        if (!(value instanceof List<?> list)) {
            problems.add(where + ": " + value + " is not a list of " + kind + " codes");
            return;
        }
        list.forEach(code -> code(where, code, known, kind, problems));
    }

    private static void code(String where, Object code, Predicate<String> known, String kind, List<String> problems) {
        if (!(code instanceof String s) || !known.test(s)) {
            problems.add(where + ": unknown " + kind + " code " + code);
        }
    }

    /**
     * A value cites a source for its own period: every regime in force while the value applies is one
     * its source speaks of, unless the value says it is carried over into a period no source covers.
     */
    private static void sourcePeriods(Rulebook rulebook, List<String> problems) {
        Set<String> codes = new HashSet<>();
        rulebook.regimes().forEach(r -> codes.add(r.code()));
        rulebook.collectiveRegimes().forEach(r -> codes.add(r.code()));
        rulebook.sources().values().forEach(source -> source.regimes().forEach(code -> {
            if (!codes.contains(code)) {
                problems.add("source " + source.id() + ": unknown regime " + code);
            }
        }));
        for (Parameter parameter : rulebook.parameters()) {
            List<ParameterValue> values = parameter.values();
            for (int i = 0; i < values.size(); i++) {
                ParameterValue v = values.get(i);
                LocalDate until = i + 1 < values.size() ? values.get(i + 1).from() : LocalDate.MAX;
                if (v.carriedOver() && (v.note() == null || v.note().isBlank())) {
                    problems.add("parameter " + parameter.name() + " from " + v.from()
                            + ": a carried-over value needs a note saying so");
                }
                if (!v.known() || v.source() == null || v.carriedOver()
                        || !rulebook.sources().containsKey(v.source().id())) {
                    continue;
                }
                List<Regime> periods = periods(rulebook, parameter);
                for (Regime regime : periods) {
                    if (overlaps(periods, regime, v.from(), until) && !v.source().regimes().contains(regime.code())) {
                        problems.add("parameter " + parameter.name() + " from " + v.from() + ": source "
                                + v.source().id() + " does not speak of " + regime.code()
                                + " (give a value with a source for it, or mark this one carriedOver)");
                    }
                }
            }
        }
    }

    /** The regimes a parameter's values speak for: the collective ones for the collective contract's rules. */
    private static List<Regime> periods(Rulebook rulebook, Parameter parameter) {
        return parameter.name().startsWith(CollectiveNames.PREFIX) ? rulebook.collectiveRegimes() : rulebook.regimes();
    }

    private static boolean overlaps(List<Regime> regimes, Regime regime, LocalDate from, LocalDate until) {
        int index = regimes.indexOf(regime);
        LocalDate end = index + 1 < regimes.size() ? regimes.get(index + 1).from() : LocalDate.MAX;
        return regime.from().isBefore(until) && from.isBefore(end);
    }

    /**
     * The CCAM ceiling and the clinical floor are two readings of one fee split: on every date they
     * must add up to 1 and agree on whether the exact boundary passes, so that a surgeon and an ORL
     * at the same split get the same answer.
     */
    private static void feeSplit(Rulebook rulebook, List<String> problems) {
        Parameter ccam = rulebook.parameter(ParameterNames.MAX_CCAM_SHARE).orElse(null);
        Parameter clinical = rulebook.parameter(ParameterNames.MIN_CLINICAL_SHARE).orElse(null);
        if (ccam == null || clinical == null) {
            return;
        }
        for (LocalDate date : changeDates(List.of(ccam, clinical))) {
            ParameterValue c = ccam.at(date).orElse(null);
            ParameterValue f = clinical.at(date).orElse(null);
            if (c == null || f == null || !(c.value() instanceof BigDecimal cv)
                    || !(f.value() instanceof BigDecimal fv)) {
                continue;
            }
            boolean cInclusive = c.boundary() == null || c.boundary().inclusive();
            boolean fInclusive = f.boundary() == null || f.boundary().inclusive();
            if (cv.add(fv).compareTo(BigDecimal.ONE) != 0 || cInclusive != fInclusive) {
                problems.add("fee split on " + date + ": the CCAM ceiling (" + cv + ", inclusive " + cInclusive
                        + ") and the clinical floor (" + fv + ", inclusive " + fInclusive + ") disagree");
            }
        }
    }

    /** Known thresholds of one specialty and indicator must rise with the percentile, on every date. */
    private static void percentileOrder(Rulebook rulebook, List<String> problems) {
        Set<String> families = new TreeSet<>();
        rulebook.parameters().stream().map(Parameter::name).filter(n -> n.startsWith(PERCENTILES))
                .filter(n -> n.split("\\.").length == 4).forEach(n -> families.add(n.substring(0, n.lastIndexOf('.'))));
        for (String family : families) {
            List<Parameter> thresholds = Stream.of(Percentile.values()).sorted(Comparator.comparingInt(Percentile::rank))
                    .map(p -> rulebook.parameter(family + "." + p).orElse(null)).filter(p -> p != null).toList();
            for (LocalDate date : changeDates(thresholds)) {
                Integer previous = null;
                for (Parameter threshold : thresholds) {
                    Integer value = threshold.at(date).map(ParameterValue::value)
                            .filter(Integer.class::isInstance).map(Integer.class::cast).orElse(null);
                    if (value != null && previous != null && value <= previous) {
                        problems.add("parameter " + threshold.name() + " on " + date + ": " + value
                                + " is not above the lower percentile (" + previous + ")");
                    }
                    previous = value != null ? value : previous;
                }
            }
        }
    }

    /** Amounts never rise from year 1 to year 3, and the top-up rows never pay less than the standard row. */
    private static void amountsCoherence(Rulebook rulebook, Option option, List<String> problems) {
        Map<AmountRow, Parameter> rows = new EnumMap<>(AmountRow.class);
        for (AmountRow row : AmountRow.values()) {
            rulebook.parameter(ParameterNames.amount(option, row)).ifPresent(p -> rows.put(row, p));
        }
        if (rows.size() < AmountRow.values().length) {
            return;
        }
        for (LocalDate date : changeDates(List.copyOf(rows.values()))) {
            for (List<AmountRow> pair : NOT_BELOW) {
                BigDecimal high = amountAt(rows.get(pair.get(0)), date);
                BigDecimal low = amountAt(rows.get(pair.get(1)), date);
                if (high != null && low != null && high.compareTo(low) < 0) {
                    problems.add("amounts." + option + " on " + date + ": " + pair.get(0).key() + " (" + high
                            + ") is below " + pair.get(1).key() + " (" + low + ")");
                }
            }
        }
    }

    private static BigDecimal amountAt(Parameter row, LocalDate date) {
        return row.at(date).map(ParameterValue::value).filter(BigDecimal.class::isInstance)
                .map(BigDecimal.class::cast).orElse(null);
    }

    private static Set<LocalDate> changeDates(List<Parameter> parameters) {
        Set<LocalDate> dates = new TreeSet<>();
        parameters.forEach(p -> p.values().forEach(v -> dates.add(v.from())));
        return dates;
    }

    private static <E extends Enum<E>> Set<String> enumNames(Class<E> type) {
        Set<String> names = new HashSet<>();
        EnumSet.allOf(type).forEach(e -> names.add(e.name()));
        return names;
    }
}
