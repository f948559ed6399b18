package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.Parameter;
import fr.assistantmedical.rules.ParameterType;
import fr.assistantmedical.rules.ParameterValue;
import fr.assistantmedical.rules.PercentileBand;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Source;
import fr.assistantmedical.support.BundledRulebook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Contracts and rulebooks for the contract rules' tests. The base rulebook is the bundled one without
 * the law parameters the contract rules fall back on when absent (which event starts year 1, renewal
 * terms): each test that depends on one of them adds the value it tests.
 */
final class Fixtures {

    static final Rulebook BUNDLED = bundled();
    static final Rulebook RULEBOOK = withoutLawParameters(BUNDLED);
    static final String AGENT = "agent-751";

    private Fixtures() {
    }

    private static Rulebook bundled() {
        return BundledRulebook.RULEBOOK;
    }

    private static Rulebook withoutLawParameters(Rulebook bundled) {
        List<Parameter> parameters = bundled.parameters().stream()
                .filter(p -> !p.name().equals(LawParameters.FIRST_YEAR_START)
                        && !p.name().startsWith("renewal."))
                .toList();
        return new Rulebook(bundled.id(), bundled.version(), bundled.publishedOn(), bundled.sources(),
                bundled.specialties(), bundled.regimes(), parameters);
    }

    /** The base rulebook with more parameters, as the law's next version may hold them. */
    static Rulebook with(Parameter... extra) {
        List<Parameter> parameters = new ArrayList<>(RULEBOOK.parameters());
        parameters.addAll(List.of(extra));
        return new Rulebook(RULEBOOK.id(), RULEBOOK.version(), RULEBOOK.publishedOn(), RULEBOOK.sources(),
                RULEBOOK.specialties(), RULEBOOK.regimes(), parameters);
    }

    /** A parameter holding {@code value} from the first regime on. */
    static Parameter parameter(String name, ParameterType type, Object value, Certainty certainty) {
        return new Parameter(name, "test", type, null, List.of(new ParameterValue(RULEBOOK.firstDate(), value,
                value == null ? null : new Source("test", "test", "https://example.org", List.of()), value == null ? null
                        : certainty, value == null ? null : LocalDate.parse("2026-11-22"),
                value == null ? "Non trouvé." : null, null, false)));
    }

    static Context at(String today) {
        return at(RULEBOOK, today);
    }

    static Context at(Rulebook rulebook, String today) {
        return new Context(rulebook, LocalDate.parse(today), Instant.parse(today + "T10:00:00Z"), AGENT);
    }

    /** A GP signing under avenant 7, half time, band P50-P70: the rules give no objective (« objectif à fixer »). */
    static Commands.Sign withoutObjective(String signedOn) {
        return new Commands.Sign("10000000009", "751", new Profile(LocalDate.parse(signedOn), "MEDECINE_GENERALE", 1,
                null, 1200, 1800, null, null, null, null, true, PercentileBand.P50_P70), Option.HALF_TIME, null, null);
    }

    /** A GP signing under the convention 2024, half time, with the objective set by the CPAM. */
    static Commands.Sign gp2024(String signedOn) {
        return new Commands.Sign("10000000009", "751", new Profile(LocalDate.parse(signedOn), "MEDECINE_GENERALE", 1,
                null, 1200, 1800, null, null, null, null, null, PercentileBand.P50_P70), Option.HALF_TIME, 1300, 1900);
    }

    static Contract sign(Commands.Sign command, Context context) {
        return Signing.sign(command, List.of(), Period.ZERO, context).after();
    }

    static Contract transition(Contract c, ContractAction action, String on, Context context) {
        return Transitions.apply(c, new Commands.Transition(action, LocalDate.parse(on), "motif",
                action == ContractAction.TERMINATE ? Commands.Initiator.CPAM : null, null), context).after();
    }

    static Contract activated(Commands.Sign command, String hiredOn) {
        Contract signed = sign(command, at(command.profile().asOf().toString()));
        return transition(signed, ContractAction.ACTIVATE, hiredOn, at(hiredOn));
    }

    static Reviews.Outcome review(Contract c, int year, Integer mt, Integer fa, String correction, Context context) {
        return Reviews.review(c, new Commands.Review(year, mt, fa, null, correction), context);
    }
}
