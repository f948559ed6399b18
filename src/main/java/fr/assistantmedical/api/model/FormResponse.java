package fr.assistantmedical.api.model;

import fr.assistantmedical.rules.Option;
import java.time.LocalDate;
import java.util.List;

/**
 * What a simulation form needs from the rulebook in force: the options with their labels and, period
 * by period, the options open and the questions that matter.
 */
public record FormResponse(String rulebookVersion, LocalDate firstDate, List<OptionLabel> options,
        List<Period> periods) {

    /** @param secondAssistant added to a running contract rather than signed as a first contract */
    public record OptionLabel(Option code, String label, boolean secondAssistant) {
    }

    /** @param until the last day, null for the period still running */
    public record Period(LocalDate from, LocalDate until, List<Option> options, List<Option> secondOptions,
            List<Question> questions) {
    }

    /** Asked when every condition holds: an empty list is no condition. */
    public record Question(String input, List<String> sectors, List<String> specialties,
            boolean withCurrentContract) {
    }
}
