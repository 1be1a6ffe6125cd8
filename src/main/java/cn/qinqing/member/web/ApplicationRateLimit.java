package cn.qinqing.member.web;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import cn.qinqing.shared.web.HourlyCounts;
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


    private final HourlyCounts submissions = new HourlyCounts();
    private final HourlyCounts applications = new HourlyCounts();
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
        if (applications.count(address, now) >= perHour) {
            return false;
        }
        return submissions.take(address, now, perHour * 6);
    }

    /** Counts an application that was stored. */
    void applied(String address) {
        applications.take(address, clock.instant(), Integer.MAX_VALUE);
    }

    /** Forgets every address (tests start from a clean slate). */
    void reset() {
        submissions.clear();
        applications.clear();
    }
}
