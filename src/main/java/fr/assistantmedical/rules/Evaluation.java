package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping of one answer: every parameter the rules read goes through {@link #use}, which
 * records it in the trace (when asked for) and raises a warning when the value is provisional or
 * missing. An answer is provisional exactly when it has warnings.
 */
public final class Evaluation {

    private final Rulebook rulebook;
    private final boolean explain;
    private final List<TraceStep> trace = new ArrayList<>();
    private final Map<String, Warning> warnings = new LinkedHashMap<>();
    private TraceStep current;

    public Evaluation(Rulebook rulebook, boolean explain) {
        this.rulebook = rulebook;
        this.explain = explain;
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    /** Whether a trace is being kept: explanations that cost something are built only then. */
    boolean explaining() {
        return explain;
    }

    /** Opens a trace step; the values read until the next step belong to it. */
    void step(String rule, String description) {
        current = explain ? new TraceStep(rule, description) : null;
        if (current != null) {
            trace.add(current);
        }
    }

    void result(String result) {
        if (current != null) {
            current.result(result);
        }
    }

    /** Reads a parameter as of {@code date}; a parameter unknown at that date reads as a null value. */
    ParameterValue use(String name, LocalDate date) {
        Parameter parameter = rulebook.parameter(name).orElse(null);
        ParameterValue value = parameter == null ? null : parameter.at(date).orElse(null);
        if (value == null) {
            value = new ParameterValue(date, null, null, null, null, "Règle absente du référentiel.", null,
                    false);
        }
        if (current != null) {
            current.use(name, value);
        }
        String what = parameter == null || parameter.description() == null ? "Règle" : parameter.description();
        if (!value.known()) {
            warn(name, what + " : valeur inconnue. " + value.note());
        } else if (value.certainty() == Certainty.PROVISIONAL) {
            String shown = display(parameter.type(), value.value());
            warn(name, what + " : valeur provisoire" + (shown == null ? "" : " (" + shown + ")")
                    + (value.note() == null ? "." : ". " + value.note()));
        }
        return value;
    }

    /** Reads a per-specialty parameter, falling back to its {@code default} entry. */
    ParameterValue useForSpecialty(String prefix, String specialty, LocalDate date) {
        String name = prefix + "." + specialty;
        return use(rulebook.parameter(name).isPresent() ? name : prefix + "." + ParameterNames.DEFAULT, date);
    }

    /** Reads a parameter without recording it: for choosing which values an answer depends on. */
    ParameterValue peek(String name, LocalDate date) {
        return rulebook.parameter(name).flatMap(p -> p.at(date)).orElse(null);
    }

    /** Records that an observed value sits exactly on a threshold whose inclusiveness is uncertain. */
    void atBoundary(String name, ParameterValue threshold) {
        Boundary boundary = threshold.boundary();
        if (boundary != null && boundary.certainty() == Certainty.PROVISIONAL) {
            warn(name, "Valeur exactement au seuil, dont l'inclusion est incertaine. " + boundary.note());
        }
    }

    void warn(String parameter, String message) {
        warnings.putIfAbsent(parameter + '\u0000' + message, new Warning(parameter, message));
    }

    public List<Warning> warnings() {
        return List.copyOf(warnings.values());
    }

    public List<TraceStep> trace() {
        return List.copyOf(trace);
    }

    /** A value as people read it: numbers only; codes are never shown. */
    static String display(ParameterType type, Object value) {
        return switch (type) {
            case INTEGER -> String.valueOf(value);
            case PATIENTS -> value instanceof Integer i ? Text.number(i) + " patients" : null;
            case EUROS -> value instanceof BigDecimal d ? Text.euros(d) : null;
            case SHARE -> value instanceof BigDecimal d ? Text.percent(d) : null;
            default -> null;
        };
    }
}
