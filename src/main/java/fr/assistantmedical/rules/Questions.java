package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.ParameterNames.FULL_TIME_REQUIRES_ZIP;
import static fr.assistantmedical.rules.ParameterNames.GROUP_PRACTICE_REQUIRED;
import static fr.assistantmedical.rules.ParameterNames.GROUP_PRACTICE_ZIP_EXEMPT;
import static fr.assistantmedical.rules.ParameterNames.MAX_CCAM_SHARE_SPECIALTIES;
import static fr.assistantmedical.rules.ParameterNames.MIN_CLINICAL_SHARE_SPECIALTIES;
import static fr.assistantmedical.rules.ParameterNames.OPTIONS_OPEN;
import static fr.assistantmedical.rules.ParameterNames.SECOND_OPEN;
import static fr.assistantmedical.rules.ParameterNames.SECOND_REQUIRES_ZIP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a simulation form asks, period by period: the questions the eligibility rules read only in some
 * situations (the others are asked always) and the options open. Derived from the rulebook, so that a
 * form asks what the rules need without reading parameters itself.
 */
public final class Questions {

    /** The sector answer that makes the rules ask for the OPTAM. */
    static final String SECTOR_WITH_OPTAM = "2";

    /**
     * An input asked when all its conditions hold.
     *
     * @param sectors the sector answers ("1", "2") for which it is asked; empty for any
     * @param specialties the specialties for which it is asked; empty for any
     * @param withCurrentContract asked only of a doctor who names a running contract (second assistant)
     */
    public record Question(String input, List<String> sectors, List<String> specialties, boolean withCurrentContract) {

        public Question {
            sectors = List.copyOf(sectors);
            specialties = List.copyOf(specialties);
        }

        static Question always(String input) {
            return new Question(input, List.of(), List.of(), false);
        }
    }

    /**
     * What is asked and open for a signature between {@code from} and {@code until}.
     *
     * @param until the last day, null for the period still running
     * @param options the options open to a first contract
     * @param secondOptions the second-assistant options that can be added to a running contract
     */
    public record Period(LocalDate from, LocalDate until, List<Option> options, List<Option> secondOptions,
            List<Question> questions) {

        public Period {
            options = List.copyOf(options);
            secondOptions = List.copyOf(secondOptions);
            questions = List.copyOf(questions);
        }

        boolean sameAs(Period other) {
            return options.equals(other.options) && secondOptions.equals(other.secondOptions)
                    && questions.equals(other.questions);
        }
    }

    /** The parameters whose changes of value start a new period. */
    private static final List<String> READ = List.of(OPTIONS_OPEN, SECOND_OPEN, MAX_CCAM_SHARE_SPECIALTIES,
            MIN_CLINICAL_SHARE_SPECIALTIES, GROUP_PRACTICE_REQUIRED, GROUP_PRACTICE_ZIP_EXEMPT, FULL_TIME_REQUIRES_ZIP,
            SECOND_REQUIRES_ZIP);

    private Questions() {
    }

    /**
     * Every period from the rulebook's first date, oldest first; consecutive equal periods are one. A
     * period can only start where a parameter it reads changes value (a new regime without such a
     * change asks and opens the same).
     */
    public static List<Period> periods(Rulebook rulebook) {
        LocalDate first = rulebook.firstDate();
        Set<LocalDate> starts = new TreeSet<>();
        starts.add(first);
        for (String name : READ) {
            rulebook.parameter(name).ifPresent(p -> p.values().forEach(v -> starts.add(v.from())));
        }
        List<Period> periods = new ArrayList<>();
        for (LocalDate from : starts) {
            if (from.isBefore(first)) {
                continue;
            }
            Period period = at(rulebook, from);
            if (!periods.isEmpty() && periods.get(periods.size() - 1).sameAs(period)) {
                continue;
            }
            if (!periods.isEmpty()) {
                Period previous = periods.remove(periods.size() - 1);
                periods.add(new Period(previous.from(), from.minusDays(1), previous.options(),
                        previous.secondOptions(), previous.questions()));
            }
            periods.add(period);
        }
        return periods;
    }

    /** What is asked and open for a signature on {@code date} (the period's {@code until} left open). */
    public static Period at(Rulebook rulebook, LocalDate date) {
        List<Question> questions = new ArrayList<>();
        questions.add(new Question("optam", List.of(SECTOR_WITH_OPTAM), List.of(), false));
        Set<String> feeShareSpecialties = new LinkedHashSet<>(codes(rulebook, MAX_CCAM_SHARE_SPECIALTIES, date));
        feeShareSpecialties.addAll(codes(rulebook, MIN_CLINICAL_SHARE_SPECIALTIES, date));
        if (!feeShareSpecialties.isEmpty()) {
            questions.add(new Question("ccamShare", List.of(), List.copyOf(feeShareSpecialties), false));
        }
        boolean groupRequired = flag(rulebook, GROUP_PRACTICE_REQUIRED, date);
        if (groupRequired) {
            questions.add(Question.always("groupPractice"));
        }
        if (flag(rulebook, FULL_TIME_REQUIRES_ZIP, date)
                || groupRequired && flag(rulebook, GROUP_PRACTICE_ZIP_EXEMPT, date)) {
            questions.add(Question.always("priorityZone"));
        } else if (flag(rulebook, SECOND_REQUIRES_ZIP, date)) {
            questions.add(new Question("priorityZone", List.of(), List.of(), true));
        }
        return new Period(date, null, options(rulebook, OPTIONS_OPEN, date), options(rulebook, SECOND_OPEN, date),
                questions);
    }

    private static Optional<ParameterValue> value(Rulebook rulebook, String name, LocalDate date) {
        return rulebook.parameter(name).flatMap(p -> p.at(date)).filter(ParameterValue::known);
    }

    private static boolean flag(Rulebook rulebook, String name, LocalDate date) {
        return value(rulebook, name, date).map(v -> Boolean.TRUE.equals(v.asBoolean())).orElse(false);
    }

    private static List<String> codes(Rulebook rulebook, String name, LocalDate date) {
        return value(rulebook, name, date).map(ParameterValue::asCodes).orElse(List.of());
    }

    private static List<Option> options(Rulebook rulebook, String name, LocalDate date) {
        Set<String> open = Set.copyOf(codes(rulebook, name, date));
        return Arrays.stream(Option.values()).filter(o -> open.contains(o.name())).toList();
    }
}
