package fr.assistantmedical.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the reasons of an eligibility, individual or collective, and the inputs that would settle
 * the undecided ones; the reasons on the doctor (or the group), not on one option, decide the status.
 */
final class Verdict {
    final List<Reason> reasons = new ArrayList<>();
    final Set<String> missing = new LinkedHashSet<>();

    void add(Reason reason) {
        reasons.add(reason);
    }

    void met(String code, String message, String parameter, ParameterValue value) {
        add(new Reason(code, Outcome.MET, message, null, parameter, value == null ? null : value.source(), null));
    }

    void notMet(String code, String message, String parameter, ParameterValue value) {
        notMet(code, message, parameter, value, null);
    }

    void notMet(String code, String message, String parameter, ParameterValue value, String input) {
        add(new Reason(code, Outcome.NOT_MET, message, null, parameter, value == null ? null : value.source(), input));
    }

    void undecided(String code, String message, String parameter, ParameterValue value, String input) {
        add(new Reason(code, Outcome.UNDECIDED, message, null, parameter, value == null ? null : value.source(),
                input));
        if (input != null) {
            missing.add(input);
        }
    }

    /** The reasons that are met or not met: the undecided ones are asked as missing inputs. */
    List<Reason> settled() {
        return reasons.stream().filter(r -> r.outcome() != Outcome.UNDECIDED).toList();
    }

    EligibilityStatus status() {
        boolean undecided = false;
        for (Reason r : reasons) {
            if (r.option() != null) {
                continue;
            }
            if (r.outcome() == Outcome.NOT_MET) {
                return EligibilityStatus.NOT_ELIGIBLE;
            }
            undecided |= r.outcome() == Outcome.UNDECIDED;
        }
        return undecided ? EligibilityStatus.TO_CONFIRM : EligibilityStatus.ELIGIBLE;
    }
}
