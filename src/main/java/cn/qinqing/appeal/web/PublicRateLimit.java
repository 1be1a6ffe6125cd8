package cn.qinqing.appeal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the public appeal form and the status look-up from being flooded: per client address and
 * sliding hour at most {@code qinqing.appeal.public.per-hour} stored cases (default 10), six times as
 * many submissions of any outcome, and {@code qinqing.appeal.public.lookups-per-hour} look-ups (30).
 * The one-time code limits (per mobile and address) come on top. Held in memory: behind a load
 * balancer each instance counts its own share, which still bounds a flood.
 */
@Component
class PublicRateLimit {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> submissions = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> filed = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> lookups = new ConcurrentHashMap<>();
    private final int perHour;
    private final int lookupsPerHour;
    private final Clock clock = Clock.systemUTC();

    PublicRateLimit(@Value("${qinqing.appeal.public.per-hour:10}") int perHour,
                    @Value("${qinqing.appeal.public.lookups-per-hour:30}") int lookupsPerHour) {
        this.perHour = perHour;
        this.lookupsPerHour = lookupsPerHour;
    }

    /** Counts a submission; false when this address has submitted or filed too often. */
    boolean admitSubmission(String address) {
        var now = clock.instant();
        if (count(filed, address, now) >= perHour) {
            return false;
        }
        return take(submissions, address, now, perHour * 6);
    }

    /** Counts a case that was stored. */
    void filed(String address) {
        take(filed, address, clock.instant(), Integer.MAX_VALUE);
    }

    /** Counts a look-up; false when this address looked up too often. */
    boolean admitLookup(String address) {
        return take(lookups, address, clock.instant(), lookupsPerHour);
    }

    /** Forgets every address (tests start from a clean slate). */
    void reset() {
        submissions.clear();
        filed.clear();
        lookups.clear();
    }

    private static int count(Map<String, Deque<Instant>> map, String address, Instant now) {
        var times = map.get(address);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            expire(times, now);
            return times.size();
        }
    }

    private static boolean take(Map<String, Deque<Instant>> map, String address, Instant now, int limit) {
        if (map.size() > MAX_ADDRESSES) {
            map.values().removeIf(times -> {
                synchronized (times) {
                    expire(times, now);
                    return times.isEmpty();
                }
            });
        }
        var times = map.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private static void expire(Deque<Instant> times, Instant now) {
        var cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
