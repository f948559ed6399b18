package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.util.List;

/** The aid schedule and objective of one option. {@code totalMaxAid} is null if a year's amount is unknown. */
public record OptionSimulation(Option option, List<ScheduleYear> years, BigDecimal totalMaxAid, Objective objective,
        List<Warning> warnings) {

    public boolean provisional() {
        return !warnings.isEmpty();
    }
}
