package fr.assistantmedical.config;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * "Today" is French legal time. In dev mode only, {@code app.clock.fixed} (a date) moves today to that
 * date, time still running, so that a person can walk a contract through its years; anywhere else the
 * setting refuses to start the service. Tests replace this clock.
 */
public class ClockProducer {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "app.clock.fixed") Optional<String> fixed) {
        return clock(fixed, LaunchMode.current(), Clock.system(PARIS));
    }

    static Clock clock(Optional<String> fixed, LaunchMode mode, Clock system) {
        if (fixed.isEmpty() || fixed.get().isBlank()) {
            return system;
        }
        if (mode != LaunchMode.DEVELOPMENT) {
            throw new IllegalStateException("app.clock.fixed is for dev mode only: remove it to start in " + mode);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fixed.get().trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("app.clock.fixed must be a date (AAAA-MM-JJ): " + fixed.get(), e);
        }
        Duration shift = Duration.between(LocalDate.now(system).atStartOfDay(PARIS), date.atStartOfDay(PARIS));
        LOG.warnf("Dev mode: today is %s (app.clock.fixed)", date);
        return Clock.offset(system, shift);
    }
}
