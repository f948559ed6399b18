package fr.assistantmedical.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.runtime.LaunchMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A chosen date in dev mode, so that a person can walk a contract through its years; never elsewhere. */
class ClockProducerTest {

    private static final Clock SYSTEM = Clock.fixed(Instant.parse("2026-12-02T09:30:00Z"), ClockProducer.PARIS);

    @Test
    void devModeRunsAtTheChosenDateWithTimeGoingOn() {
        Clock clock = ClockProducer.clock(Optional.of("2028-03-05"), LaunchMode.DEVELOPMENT, SYSTEM);
        assertEquals(LocalDate.parse("2028-03-05"), LocalDate.now(clock));
        assertEquals(LocalTime.parse("10:30"), LocalTime.now(clock));
    }

    @Test
    void withoutTheSettingTodayIsToday() {
        assertSame(SYSTEM, ClockProducer.clock(Optional.empty(), LaunchMode.NORMAL, SYSTEM));
        assertSame(SYSTEM, ClockProducer.clock(Optional.of(" "), LaunchMode.DEVELOPMENT, SYSTEM));
    }

    @Test
    void aChosenDateOutsideDevModeRefusesToStart() {
        IllegalStateException production = assertThrows(IllegalStateException.class,
                () -> ClockProducer.clock(Optional.of("2028-03-05"), LaunchMode.NORMAL, SYSTEM));
        assertEquals("app.clock.fixed is for dev mode only: remove it to start in NORMAL", production.getMessage());
        assertThrows(IllegalStateException.class,
                () -> ClockProducer.clock(Optional.of("2028-03-05"), LaunchMode.TEST, SYSTEM));
        assertThrows(IllegalStateException.class,
                () -> ClockProducer.clock(Optional.of("demain"), LaunchMode.DEVELOPMENT, SYSTEM));
    }
}
