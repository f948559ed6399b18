package fr.assistantmedical.rules;

import java.util.List;
import java.util.function.UnaryOperator;

/** Rulebooks made from another one with one thing changed, for the cases the bundled rulebook never meets. */
public final class Rulebooks {

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
        return rebuild(rulebook, rulebook.parameters().stream().filter(p -> !p.name().equals(name)).toList());
    }

    /** The rulebook with the parameter {@code name} changed. */
    public static Rulebook withParameter(Rulebook rulebook, String name, UnaryOperator<Parameter> change) {
        return rebuild(rulebook, rulebook.parameters().stream().map(p -> p.name().equals(name) ? change.apply(p) : p)
                .toList());
    }

    /** The rulebook with every value of the parameter {@code name} changed. */
    public static Rulebook withValues(Rulebook rulebook, String name, UnaryOperator<ParameterValue> change) {
        return rebuild(rulebook, rulebook.parameters().stream()
                .map(p -> p.name().equals(name) ? changed(p, change) : p).toList());
    }

    /** The rulebook with every value of the parameter {@code name} holding {@code value} instead. */
    public static Rulebook withValue(Rulebook rulebook, String name, Object value) {
        return withValues(rulebook, name, v -> new ParameterValue(v.from(), value, v.source(), v.certainty(),
                v.verified(), v.note(), v.boundary(), v.carriedOver()));
    }

    private static Parameter changed(Parameter p, UnaryOperator<ParameterValue> change) {
        return new Parameter(p.name(), p.description(), p.type(), p.unit(), p.values().stream().map(change).toList());
    }

    private static Rulebook rebuild(Rulebook rulebook, List<Parameter> parameters) {
        return new Rulebook(rulebook.id(), rulebook.version(), rulebook.publishedOn(), rulebook.sources(),
                rulebook.specialties(), rulebook.regimes(), rulebook.collectiveRegimes(), parameters);
    }
}
