package fr.assistantmedical.api.model;

import fr.assistantmedical.rules.Certainty;
import java.time.LocalDate;
import java.util.List;

/** The parts that let every answer explain itself: sources, warnings and the trace. */
public final class Explanation {

    private Explanation() {
    }

    public record SourceRef(String id, String title, String url) {
    }

    public record Warning(String parameter, String message) {
    }

    public record Step(String rule, String description, String result, List<UsedValue> values) {
    }

    public record UsedValue(String parameter, LocalDate from, Object value, Certainty certainty, SourceRef source,
            String note) {
    }
}
