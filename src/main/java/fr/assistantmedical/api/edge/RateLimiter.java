package fr.assistantmedical.api.edge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** A token bucket per client, in memory: each instance limits what reaches it. */
@ApplicationScoped
public class RateLimiter {

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(2);

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitConfig config;

    RateLimiter(RateLimitConfig config) {
        this.config = config;
    }

    /** @return 0 when the request may go, else the seconds to wait before the next one */
    public long acquire(String client) {
        long now = System.nanoTime();
        if (buckets.size() > config.maxClients()) {
            buckets.values().removeIf(b -> b.idleSince(now) > IDLE_NANOS);
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(config.burst(), now))
                .take(now, config.requestsPerSecond(), config.burst());
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.last = now;
        }

        synchronized long take(long now, double perSecond, int burst) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
