package cn.qinqing.appeal.web;

import java.time.Clock;
import cn.qinqing.shared.web.HourlyCounts;
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


    private final HourlyCounts submissions = new HourlyCounts();
    private final HourlyCounts filed = new HourlyCounts();
    private final HourlyCounts lookups = new HourlyCounts();
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
        if (filed.count(address, now) >= perHour) {
            return false;
        }
        return submissions.take(address, now, perHour * 6);
    }

    /** Counts a case that was stored. */
    void filed(String address) {
        filed.take(address, clock.instant(), Integer.MAX_VALUE);
    }

    /** Counts a look-up; false when this address looked up too often. */
    boolean admitLookup(String address) {
        return lookups.take(address, clock.instant(), lookupsPerHour);
    }

    /** Forgets every address (tests start from a clean slate). */
    void reset() {
        submissions.clear();
        filed.clear();
        lookups.clear();
    }
}
