package fr.assistantmedical.api.model;

import fr.assistantmedical.api.model.Explanation.SourceRef;
import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.ParameterType;
import java.time.LocalDate;
import java.util.List;

/** @param collectiveRegimes the collective contract's regimes, beside the individual ones */
public record RulebookResponse(String id, String version, LocalDate publishedOn, List<Regime> regimes,
        List<Regime> collectiveRegimes, List<Parameter> parameters) {

    public record Regime(String code, String label, LocalDate from, LocalDate until,
            boolean takesRunningContractsAtAnniversary, Certainty certainty, LocalDate verified, SourceRef source,
            String note) {
    }

    public record Parameter(String name, String description, ParameterType type, String unit, List<Value> values) {
    }

    /** @param carriedOver the value applies to a period its source does not speak of; the note says so */
    public record Value(LocalDate from, Object value, Certainty certainty, LocalDate verified, SourceRef source,
            String note, boolean carriedOver, Boundary boundary) {
    }

    public record Boundary(boolean inclusive, Certainty certainty, String note) {
    }
}
