package fr.assistantmedical.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** "Today" is French legal time; tests replace this clock to move through a contract's years. */
public class ClockProducer {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(PARIS);
    }
}
