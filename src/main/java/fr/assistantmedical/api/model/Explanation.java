package fr.assistantmedical.api.model;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import fr.assistantmedical.rules.Certainty;
import java.time.LocalDate;
import java.util.List;

/** The parts that let every answer explain itself: sources, warnings and the trace. */
public final class Explanation {

    private Explanation() {
    }

    /** Written from a cache: the same few sources appear many times in every answer. */
    @JsonSerialize(using = SourceRefSerializer.class)
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
