package fr.assistantmedical.rules;

import java.util.List;

/** The reasons of an answer, looked up by code, for the tests of the eligibility rules. */
final class Reasons {

    private Reasons() {
    }

    /** The reason {@code code} among {@code reasons}; its absence fails the test, naming the codes there are. */
    static Reason reason(List<Reason> reasons, String code) {
        return reasons.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " in " + codes(reasons)));
    }

    /** The codes of {@code reasons}, in their order. */
    static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }
}
