package fr.assistantmedical.rules;

import java.util.ArrayList;
import java.util.List;

/** One step of an explanation: the rule applied, the parameter values it read, and its result. */
public final class TraceStep {

    /** A parameter value read during the step. */
    public record Use(String parameter, ParameterValue value) {
    }

    private final String rule;
    private final String description;
    private final List<Use> uses = new ArrayList<>();
    private String result;

    TraceStep(String rule, String description) {
        this.rule = rule;
        this.description = description;
    }

    public String rule() {
        return rule;
    }

    public String description() {
        return description;
    }

    public List<Use> uses() {
        return List.copyOf(uses);
    }

    public String result() {
        return result;
    }

    void use(String parameter, ParameterValue value) {
        uses.add(new Use(parameter, value));
    }

    void result(String result) {
        this.result = result;
    }
}
