package fr.assistantmedical.observability;

import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Option;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/** Counters of what the service decides: simulations by option, eligibility by outcome. */
@ApplicationScoped
public class BusinessMetrics {

    private final Map<Option, Counter> simulations = new EnumMap<>(Option.class);
    private final Map<EligibilityStatus, Counter> eligibility = new EnumMap<>(EligibilityStatus.class);

    BusinessMetrics(MeterRegistry registry) {
        for (Option option : Option.values()) {
            simulations.put(option, Counter.builder("aide.simulations").description("Options simulated")
                    .tag("option", option.name()).register(registry));
        }
        for (EligibilityStatus status : EligibilityStatus.values()) {
            eligibility.put(status, Counter.builder("aide.eligibility").description("Eligibility verdicts")
                    .tag("status", status.name()).register(registry));
        }
    }

    public void simulated(Option option) {
        simulations.get(option).increment();
    }

    public void decided(EligibilityStatus status) {
        eligibility.get(status).increment();
    }
}
