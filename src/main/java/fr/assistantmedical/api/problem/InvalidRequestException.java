package fr.assistantmedical.api.problem;

import fr.assistantmedical.api.problem.Problem.Violation;
import java.util.List;

/** A request that is well-formed but says something the service cannot accept. */
public class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
