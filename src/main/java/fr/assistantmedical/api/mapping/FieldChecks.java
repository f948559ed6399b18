package fr.assistantmedical.api.mapping;

import fr.assistantmedical.api.problem.Problem.Violation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * A request's own field checks (its bean-validation constraints), run by the resource rather than
 * before it, so that the checks only the rulebook can make still run on the other fields and the
 * answer lists every bad field at once.
 */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** The violations of the request's constraints, by field name ("objectiveTargets.patientsMt" when nested). */
    public static List<Violation> fieldViolations(Validator validator, Object request) {
        return validator.validate(request).stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field)).toList();
    }
}
