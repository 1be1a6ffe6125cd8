package cn.qinqing.member.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the public application page from being flooded: per client address and sliding hour, at
 * most {@code qinqing.member.apply.per-hour} stored applications (default 10) and six times as many
 * submissions of any outcome - the latter also limits probing which codes are already on the roll.
 * Held in memory: behind a load balancer each instance counts its own share, which still bounds a flood.
 */
@Component
class ApplicationRateLimit {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> submissions = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> applications = new ConcurrentHashMap<>();
    private final int perHour;
    private final Clock clock;

    @Autowired
    ApplicationRateLimit(@Value("${qinqing.member.apply.per-hour:10}") int perHour) {
        this(perHour, Clock.systemUTC());
    }

    ApplicationRateLimit(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Counts a submission; false when this address has submitted too often or applied too often. */
    boolean admit(String address) {
        var now = clock.instant();
        if (count(applications, address, now) >= perHour) {
            return false;
        }
        return take(submissions, address, now, perHour * 6);
    }

    /** Counts an application that was stored. */
    void applied(String address) {
        take(applications, address, clock.instant(), Integer.MAX_VALUE);
    }

    /** Forgets every address (tests start from a clean slate). */
    void reset() {
        submissions.clear();
        applications.clear();
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
