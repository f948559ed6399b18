package fr.assistantmedical.api.edge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client, in memory: each instance limits what reaches it. The table holds at
 * most {@code maxClients} clients, the least recently seen forgotten first, in constant time: a
 * flood of made-up addresses costs no scan.
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<String, Bucket> buckets;
    private final RateLimitConfig config;

    RateLimiter(RateLimitConfig config) {
        this.config = config;
        int max = config.maxClients();
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > max;
            }
        };
    }

    /** @return 0 when the request may go, else the seconds to wait before the next one */
    public long acquire(String client) {
        long now = System.nanoTime();
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, c -> new Bucket(config.burst(), now));
        }
        return bucket.take(now, config.requestsPerSecond(), config.burst());
    }

    /** How many clients are tracked. */
    int clients() {
        synchronized (buckets) {
            return buckets.size();
        }
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
    }
}
