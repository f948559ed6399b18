package fr.assistantmedical.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rulebooks made from another one with one thing changed, for the cases the bundled rulebook never meets.
 * A change naming a parameter the rulebook does not hold is refused: it would otherwise change nothing
 * and the test built on it would prove nothing.
 */
public final class Rulebooks {

    /** The note of a value made unknown, as a rulebook gives one for each value it lacks. */
    public static final String UNKNOWN_NOTE = "Non trouvé.";

    private Rulebooks() {
    }

    /** The rulebook with every provisional value taken as firm: an answer on it warns only of its own gaps. */
    public static Rulebook firm(Rulebook rulebook) {
        return rebuild(rulebook, rulebook.parameters().stream().map(p -> changed(p, v -> v.certainty()
                != Certainty.PROVISIONAL ? v : new ParameterValue(v.from(), v.value(), v.source(), Certainty.SECONDARY,
                        v.verified(), v.note(), v.boundary(), v.carriedOver()))).toList());
    }

    /** The rulebook without the parameter {@code name}. */
    public static Rulebook without(Rulebook rulebook, String name) {
        requireKnown(rulebook, name);
        return rebuild(rulebook, rulebook.parameters().stream().filter(p -> !p.name().equals(name)).toList());
    }

    /** The rulebook with the parameters {@code extra} added after its own. */
    public static Rulebook withExtra(Rulebook rulebook, Parameter... extra) {
        List<Parameter> parameters = new ArrayList<>(rulebook.parameters());
        parameters.addAll(List.of(extra));
        return rebuild(rulebook, parameters);
    }

    /** The rulebook with its parameters replaced by {@code parameters}. */
    public static Rulebook withParameters(Rulebook rulebook, List<Parameter> parameters) {
        return rebuild(rulebook, parameters);
    }

    /** The rulebook with the parameter {@code name} changed. */
    public static Rulebook withParameter(Rulebook rulebook, String name, UnaryOperator<Parameter> change) {
        requireKnown(rulebook, name);
        return rebuild(rulebook, rulebook.parameters().stream().map(p -> p.name().equals(name) ? change.apply(p) : p)
                .toList());
    }

    /** The rulebook with every value of the parameter {@code name} changed. */
    public static Rulebook withValues(Rulebook rulebook, String name, UnaryOperator<ParameterValue> change) {
        return withParameter(rulebook, name, p -> changed(p, change));
    }

    /** The rulebook with the value number {@code index} of the parameter {@code name} changed. */
    public static Rulebook withValueAt(Rulebook rulebook, String name, int index, UnaryOperator<ParameterValue> change) {
        return withParameter(rulebook, name, p -> {
            List<ParameterValue> values = new ArrayList<>(p.values());
            values.set(index, change.apply(values.get(index)));
            return new Parameter(p.name(), p.description(), p.type(), p.unit(), values);
        });
    }

    /**
     * The rulebook with every value of the parameter {@code name} holding {@code value} instead; a null
     * {@code value} makes them unknown the way a rulebook writes a value it lacks: no source, certainty
     * or verification, and a note saying so ({@link #UNKNOWN_NOTE}).
     */
    public static Rulebook withValue(Rulebook rulebook, String name, Object value) {
        return withValues(rulebook, name, v -> value == null
                ? new ParameterValue(v.from(), null, null, null, null, UNKNOWN_NOTE, null, false)
                : new ParameterValue(v.from(), value, v.source(), v.certainty(), v.verified(), v.note(), v.boundary(),
                        v.carriedOver()));
    }

    /** The rulebook with its regimes and collective regimes replaced. */
    public static Rulebook withRegimes(Rulebook rulebook, List<Regime> regimes, List<Regime> collectiveRegimes) {
        return new Rulebook(rulebook.id(), rulebook.version(), rulebook.publishedOn(), rulebook.sources(),
                rulebook.specialties(), regimes, collectiveRegimes, rulebook.parameters());
    }

    private static void requireKnown(Rulebook rulebook, String name) {
        if (rulebook.parameters().stream().noneMatch(p -> p.name().equals(name))) {
            throw new IllegalArgumentException("no parameter " + name + " in the rulebook");
        }
    }

    private static Parameter changed(Parameter p, UnaryOperator<ParameterValue> change) {
        return new Parameter(p.name(), p.description(), p.type(), p.unit(), p.values().stream().map(change).toList());
    }

    private static Rulebook rebuild(Rulebook rulebook, List<Parameter> parameters) {
        return new Rulebook(rulebook.id(), rulebook.version(), rulebook.publishedOn(), rulebook.sources(),
                rulebook.specialties(), rulebook.regimes(), rulebook.collectiveRegimes(), parameters);
    }
}
