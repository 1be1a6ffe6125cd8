package cn.qinqing.demo;

import cn.qinqing.appeal.AppealAction;
import cn.qinqing.appeal.PastStep;
import cn.qinqing.appeal.Rating;
import cn.qinqing.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A demo case's steps by working-day offset from the day it came in (offset 0 is the submission),
 * placed on real days once the submission day is known: a step on a new day between 08:30 and
 * 16:30, a later step on the same day 10 to 90 minutes after the one before.
 */
final class DemoCaseSteps {

    private record Spec(int offset, AppealAction action, String actor, String note, Long departmentId, Integer days,
                        Rating rating) {
    }

    private final Random random;
    private final List<Spec> specs = new ArrayList<>();

    DemoCaseSteps(Random random) {
        this.random = random;
        specs.add(new Spec(0, AppealAction.SUBMIT, null, null, null, null, null));
    }

    void add(int offset, AppealAction action, String actor, String note) {
        put(new Spec(offset, action, actor, note, null, null, null));
    }

    void transfer(int offset, String actor, long departmentId, String note) {
        put(new Spec(offset, AppealAction.TRANSFER, actor, note, departmentId, null, null));
    }

    void request(int offset, String actor, int days, String reason) {
        put(new Spec(offset, AppealAction.REQUEST_EXTENSION, actor, reason, null, days, null));
    }

    /** The follow-up: a member rates on its own page, everyone else is called back by staff (电话回访). */
    void rate(int offset, Rating rating, boolean ownPage, String submitter) {
        var comment = switch (rating) {
            case SATISFIED -> "问题已解决，感谢工商联";
            case BASICALLY_SATISFIED -> "问题基本解决，希望加快进度";
            case DISSATISFIED -> "问题未实际解决，要求重新办理";
        };
        put(new Spec(offset, AppealAction.RATE, ownPage ? submitter : null, ownPage ? comment : "电话回访：" + comment,
                null, null, rating));
    }

    /** The offset of the last step so far. */
    int last() {
        return specs.get(specs.size() - 1).offset();
    }

    /** The steps on their days, the submission first. */
    List<PastStep> place(LocalDate submittedOn, WorkingCalendar calendar) {
        var placed = new ArrayList<PastStep>();
        LocalDateTime previous = null;
        for (var s : specs) {
            var day = calendar.addWorkingDays(submittedOn, s.offset());
            LocalDateTime at;
            if (previous != null && previous.toLocalDate().equals(day)) {
                at = previous.plusMinutes(10 + random.nextInt(81));
            } else {
                at = day.atTime(LocalTime.of(8, 30).plusMinutes(random.nextInt(481)));
            }
            previous = at;
            placed.add(new PastStep(s.action(), at, s.actor(), s.note(), s.departmentId(), s.days(), s.rating()));
        }
        return placed;
    }

    private void put(Spec spec) {
        if (spec.offset() < last()) {
            throw new IllegalStateException("demo steps out of order: " + spec);
        }
        specs.add(spec);
    }
}
