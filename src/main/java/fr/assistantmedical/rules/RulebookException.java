package fr.assistantmedical.rules;

import java.util.List;

/** A rulebook that must not be used: every problem found is listed. */
public class RulebookException extends RuntimeException {

    private final List<String> problems;

    public RulebookException(List<String> problems) {
        super("The rulebook is invalid (" + problems.size() + " problem" + (problems.size() > 1 ? "s" : "")
                + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
