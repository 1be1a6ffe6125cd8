package cn.qinqing.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events per key (a client address) within a sliding hour, for the public forms' flood limits.
 * Held in memory: behind a load balancer each instance counts its own share, which still bounds a
 * flood. Past 10,000 keys the empty ones are dropped, so a scan of addresses cannot fill the heap.
 */
public final class HourlyCounts {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_KEYS = 10_000;

    private final Map<String, Deque<Instant>> times = new ConcurrentHashMap<>();

    /** The events of this key within the hour before {@code now}. */
    public int count(String key, Instant now) {
        var events = times.get(key);
        if (events == null) {
            return 0;
        }
        synchronized (events) {
            expire(events, now);
            return events.size();
        }
    }

    /** Counts one event unless the key already has {@code limit} within the hour; true when counted. */
    public boolean take(String key, Instant now, int limit) {
        if (times.size() > MAX_KEYS) {
            times.values().removeIf(events -> {
                synchronized (events) {
                    expire(events, now);
                    return events.isEmpty();
                }
            });
        }
        var events = times.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (events) {
            expire(events, now);
            if (events.size() >= limit) {
                return false;
            }
            events.addLast(now);
            return true;
        }
    }

    /** Forgets every key. */
    public void clear() {
        times.clear();
    }

    private static void expire(Deque<Instant> events, Instant now) {
        var cutoff = now.minus(WINDOW);
        while (!events.isEmpty() && !events.peekFirst().isAfter(cutoff)) {
            events.removeFirst();
        }
    }
}
