package fr.assistantmedical.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A named rule parameter with its dated history, oldest first. */
public record Parameter(String name, String description, ParameterType type, String unit,
        List<ParameterValue> values) {

    public Parameter {
        values = List.copyOf(values);
    }

    /** The value in force on {@code date}, if the history reaches back that far. */
    public Optional<ParameterValue> at(LocalDate date) {
        ParameterValue found = null;
        for (ParameterValue v : values) {
            if (v.from().isAfter(date)) {
                break;
            }
            found = v;
        }
        return Optional.ofNullable(found);
    }
}
