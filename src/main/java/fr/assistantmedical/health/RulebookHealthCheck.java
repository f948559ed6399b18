package fr.assistantmedical.health;

import fr.assistantmedical.rulebook.RulebookProvider;
import fr.assistantmedical.rules.Rulebook;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only with a valid rulebook in memory; reading it never blocks. */
@Readiness
@ApplicationScoped
public class RulebookHealthCheck implements HealthCheck {

    private final RulebookProvider rulebooks;

    RulebookHealthCheck(RulebookProvider rulebooks) {
        this.rulebooks = rulebooks;
    }

    @Override
    public HealthCheckResponse call() {
        Rulebook rulebook = rulebooks.rulebook();
        return HealthCheckResponse.named("rulebook").status(rulebook != null)
                .withData("version", rulebook == null ? "none" : rulebook.version())
                .withData("origin", rulebooks.origin()).build();
    }
}
