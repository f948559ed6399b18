package fr.assistantmedical.support;

import fr.assistantmedical.config.ClockProducer;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for tests: the real time until a test moves it, then back with {@link #reset()}. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(LocalDate today) {
        fixed = today.atTime(12, 0).atZone(ClockProducer.PARIS).toInstant();
    }

    public void set(Instant now) {
        fixed = now;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ClockProducer.PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
