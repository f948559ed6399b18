package fr.assistantmedical.campaign;

import java.time.Duration;
import java.time.Instant;

/** When a failed follow-up is tried again, and when it is given up. */
final class Retries {

    private Retries() {
    }

    /**
     * The time of the next try after {@code attempts} failed ones: the base wait doubled after each
     * failure, capped; null when it is given up (too many tries, or a refusal that will not change).
     */
    static Instant next(Instant now, int attempts, boolean permanent, int maxAttempts, Duration base, Duration cap) {
        if (permanent || attempts >= maxAttempts) {
            return null;
        }
        Duration wait = base;
        for (int i = 1; i < attempts && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(cap) > 0 ? cap : wait);
    }
}
