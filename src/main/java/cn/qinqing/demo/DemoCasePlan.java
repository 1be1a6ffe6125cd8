package cn.qinqing.demo;

import static cn.qinqing.appeal.AppealAction.*;

import cn.qinqing.appeal.AppealChannel;
import cn.qinqing.appeal.PastAppeal;
import cn.qinqing.appeal.Rating;
import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.organisation.DepartmentKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's year of cases (诉求), planned by rules: this class decides where each case ends up and times
 * its steps; {@link DemoCaseIntake} deals what comes in (category, channel, subject, submitter). 150 cases:
 * about three new cases a working week over some 245 working days, one for roughly every six of the 880 members - a pace the centre's six
 * cadres keep beside their other work (a chosen figure, not a published one). Categories, channels,
 * fates and ratings are dealt from fixed decks, so the counts are exact; the rest is drawn from the
 * seed. Every step falls on a working day in office hours before today, and a case's steps come in
 * the order the workflow allows, placed so that exactly the planned open cases are overdue today.
 */
final class DemoCasePlan {

    static final int CASES = 150;
    /** Archived cases (never a 3-day consultation) resolved after an approved extension, or after a refused one. */
    static final int EXTENSIONS = 8;
    static final int REFUSALS = 1;
    /** The departments with demo liaison accounts: each has at least one open case transferred to it. */
    static final List<DepartmentKind> LIAISON_DEPARTMENTS = List.of(DepartmentKind.PUBLIC_SECURITY,
            DepartmentKind.MARKET_REGULATION);

    /** Where a case ends up; the count of each, and how many of the open ones are overdue today. */
    enum Fate {
        ARCHIVED(99, 0), REOPENED_ARCHIVED(2, 0), RATED(12, 0), AWAITING_FOLLOW_UP(6, 0),
        DECLINED(6, 0), SUBMITTED(3, 1), ACCEPTED(2, 1), IN_PROGRESS(8, 2), REOPENED_OPEN(1, 0), TRANSFERRED(9, 3),
        EXTENSION_REQUESTED(2, 0);

        final int count;
        final int overdue;

        Fate(int count, int overdue) {
            this.count = count;
            this.overdue = overdue;
        }
    }

    /** A member firm the cases can come from. */
    record Firm(long id, String name) {
    }

    private static final List<String> DECLINE_REASONS = List.of(
            "该纠纷已进入诉讼程序，依法不予受理，已告知当事人通过诉讼途径解决",
            "诉求不属于本中心受理范围，已引导其向12345热线反映",
            "反映事项缺少具体事实和联系人，无法核实，不予受理");
    private static final Map<Integer, String> EXTENSION_REASONS = Map.of(5, "需等待相关部门出具书面核查意见",
            10, "涉及多个部门会商，需延期办理");

    private final Random random;
    private final WorkingCalendar calendar;
    private final LocalDate today;
    private final Map<String, Integer> handlingDays;
    private final Map<DepartmentKind, Long> departments;
    private final Map<DepartmentKind, String> departmentNames;
    private final DemoCasePeople people;
    private final DemoCaseTexts texts;
    private final DemoCaseIntake intake;
    private int extensions;
    private int refusals;

    DemoCasePlan(Random random, WorkingCalendar calendar, LocalDate today, Map<String, Integer> handlingDays,
                 List<Firm> members, Firm ownMember, Map<DepartmentKind, Long> departments,
                 Map<DepartmentKind, String> departmentNames, DemoNames names) {
        this.random = random;
        this.calendar = calendar;
        this.today = today;
        this.handlingDays = handlingDays;
        this.departments = departments;
        this.departmentNames = departmentNames;
        this.people = new DemoCasePeople(random, names);
        this.texts = new DemoCaseTexts(random);
        this.intake = new DemoCaseIntake(random, people, members, ownMember);
    }

    List<PlannedCase> plan() {
        var categories = intake.categories();
        var channels = intake.channels();
        var fates = new ArrayList<Fate>();
        for (var fate : Fate.values()) {
            fates.addAll(Collections.nCopies(fate.count, fate));
        }
        Collections.shuffle(fates, random);
        var ratings = new ArrayList<Rating>();
        ratings.addAll(Collections.nCopies(91, Rating.SATISFIED));
        ratings.addAll(Collections.nCopies(20, Rating.BASICALLY_SATISFIED));
        Collections.shuffle(ratings, random);
        var seen = new LinkedHashMap<Fate, Integer>();
        var cases = new ArrayList<PlannedCase>();
        for (int i = 0; i < CASES; i++) {
            var fate = fates.get(i);
            int nth = seen.merge(fate, 1, Integer::sum) - 1;
            boolean overdue = nth < fate.overdue;
            var category = categories.get(i);
            cases.add(new PlannedCase(fate, overdue, entry(fate, nth, overdue, category, channels.get(i), ratings)));
        }
        return cases;
    }

    private PastAppeal entry(Fate fate, int nth, boolean overdue, String category, AppealChannel channel,
                             List<Rating> ratings) {
        var subject = intake.subject(category);
        var text = texts.of(subject);
        int hd = handlingDays.get(category);
        var draft = intake.draft(category, subject, text, channel);
        var steps = new DemoCaseSteps(random);
        boolean transfer = switch (fate) {
            case TRANSFERRED -> true;
            case IN_PROGRESS, REOPENED_OPEN -> false;
            default -> !category.equals("CONSULTATION") && random.nextInt(100) < 55;
        };
        var kind = intake.department(subject);
        if (fate == Fate.TRANSFERRED && nth < LIAISON_DEPARTMENTS.size()) {
            kind = LIAISON_DEPARTMENTS.get(nth);
        }
        var route = new Route(transfer ? departments.get(kind) : null, transfer ? departmentNames.get(kind) : null);
        boolean member = channel == AppealChannel.MEMBER_WEB;
        String submitter = draft.submitterName();
        int a0 = random.nextInt(10) < 6 ? 0 : 1;
        int anchor;
        int anchorLimit = hd;
        switch (fate) {
            case SUBMITTED -> {
                anchor = 0;
                anchorLimit = 1;
            }
            case DECLINED -> {
                steps.add(a0, DECLINE, people.staff(), DECLINE_REASONS.get(random.nextInt(DECLINE_REASONS.size())));
                anchor = a0;
            }
            case ACCEPTED -> {
                steps.add(a0, ACCEPT, people.staff(), "已受理，待分办");
                anchor = a0;
            }
            case IN_PROGRESS, TRANSFERRED, EXTENSION_REQUESTED -> {
                open(steps, a0, route, hd, fate == Fate.EXTENSION_REQUESTED);
                anchor = a0;
            }
            case REOPENED_OPEN -> {
                int rated = closed(steps, a0, route, hd, nth, Fate.ARCHIVED, text, member, submitter, Rating.DISSATISFIED);
                anchor = rated;
                if (hd > 3) {
                    steps.add(rated + 1, NOTE, people.staff(), "已重新核查，再次约谈相关方");
                }
            }
            default -> {
                var first = switch (fate) {
                    case REOPENED_ARCHIVED -> Rating.DISSATISFIED;
                    case AWAITING_FOLLOW_UP -> null;
                    default -> ratings.remove(ratings.size() - 1);
                };
                int rated = closed(steps, a0, route, hd, nth, fate, text, member, submitter, first);
                if (fate == Fate.REOPENED_ARCHIVED) {
                    int again = rated + 3 + random.nextInt(Math.max(1, hd - 3));
                    steps.add(again, RESOLVE, route.resolver(people), "复核后答复：" + text.reply());
                    rated = again + 1 + random.nextInt(3);
                    steps.rate(rated, nth == 0 ? Rating.BASICALLY_SATISFIED : Rating.DISSATISFIED, member, submitter);
                }
                if (fate == Fate.ARCHIVED || fate == Fate.REOPENED_ARCHIVED) {
                    steps.add(rated + 2 + random.nextInt(7), ARCHIVE, people.staff(), "办理完毕，材料归档");
                }
                anchor = steps.last();
            }
        }
        int tail = tail(fate, overdue, nth, steps.last(), anchor, anchorLimit);
        var submittedOn = workingDaysBefore(today, steps.last() + tail);
        var placed = steps.place(submittedOn, calendar);
        var submittedAt = placed.remove(0).at();
        return new PastAppeal(draft, channel, submittedAt, channel == AppealChannel.MEMBER_WEB
                || channel == AppealChannel.PUBLIC_WEB ? submitter : people.intake(channel), placed);
    }

    /** Accepted and handled by staff or transferred; perhaps a progress note; perhaps an extension asked for. */
    private void open(DemoCaseSteps steps, int a0, Route route, int hd, boolean extension) {
        steps.add(a0, ACCEPT, people.staff(), null);
        route.take(steps, a0, people);
        if (extension) {
            steps.request(a0 + hd - 2, route.worker(people), 5, EXTENSION_REASONS.get(5));
        } else if (hd > 3 && random.nextBoolean()) {
            steps.add(a0 + 1, NOTE, route.worker(people), "已与企业及相关方联系，正在核实情况");
        }
    }

    /** Accepted, handled, resolved on time (or late, or after an extension), rated; answers the rating's offset. */
    private int closed(DemoCaseSteps steps, int a0, Route route, int hd, int nth, Fate fate, DemoCaseTexts.Text text,
                       boolean member, String submitter, Rating rating) {
        steps.add(a0, ACCEPT, people.staff(), null);
        route.take(steps, a0, people);
        boolean eligible = fate == Fate.ARCHIVED && hd > 3;
        boolean refused = eligible && refusals < REFUSALS && nth >= 7;
        boolean extended = eligible && !refused && extensions < EXTENSIONS && nth >= 5 + 9 * extensions;
        boolean late = fate == Fate.ARCHIVED && nth % 13 == 3;
        refusals += refused ? 1 : 0;
        extensions += extended ? 1 : 0;
        int k;
        if (extended || refused) {
            int e = hd - 3 + random.nextInt(2);
            int days = random.nextBoolean() ? 5 : 10;
            steps.request(a0 + e, route.worker(people), days, EXTENSION_REASONS.get(days));
            if (refused) {
                steps.add(a0 + e + 1, REFUSE_EXTENSION, people.leader(), "事实清楚，应在原期限内办结");
                k = e + 1 + random.nextInt(hd - e);
            } else {
                steps.add(a0 + e + 1, APPROVE_EXTENSION, people.leader(), "同意延期");
                k = hd + 1 + random.nextInt(days);
            }
        } else {
            // half the late ones a few days late (reminded), half so late the leaders supervised them first
            k = late ? hd + (nth % 26 == 16 ? 6 + random.nextInt(5) : 1 + random.nextInt(4)) : 1 + random.nextInt(hd);
            if (k >= 3 && random.nextInt(3) > 0) {
                steps.add(a0 + 1 + random.nextInt(k - 2), NOTE, route.worker(people), "已约谈相关方，正在协调处理");
            }
        }
        steps.add(a0 + k, RESOLVE, route.resolver(people), text.reply());
        if (rating == null) {
            return a0 + k;
        }
        int rated = a0 + k + 1 + random.nextInt(3);
        steps.rate(rated, rating, member, submitter);
        return rated;
    }

    /**
     * Working days from the last step to today, so that a case is overdue today exactly when planned: the
     * first overdue case handled by staff and the first transferred one so long (7-10 working days) that the
     * deadline job has sent them to the leaders (督办), the others 2-5 days, reminded (催办) only.
     */
    private int tail(Fate fate, boolean overdue, int nth, int last, int anchor, int limit) {
        int after = last - anchor;
        boolean supervised = nth == 0 && (fate == Fate.IN_PROGRESS || fate == Fate.TRANSFERRED);
        return switch (fate) {
            case SUBMITTED, ACCEPTED, IN_PROGRESS, TRANSFERRED, EXTENSION_REQUESTED, REOPENED_OPEN -> overdue
                    ? limit - after + (supervised ? 7 : 2) + random.nextInt(4)
                    : 1 + random.nextInt(Math.max(1, limit - after));
            case RATED -> 1 + random.nextInt(4);
            case AWAITING_FOLLOW_UP -> 1 + random.nextInt(2);
            default -> 1 + random.nextInt(Math.max(1, yearOfWorkingDays() - last - 1));
        };
    }

    private int yearOfWorkingDays() {
        return calendar.workingDaysBetween(today.minusYears(1), today.minusDays(1));
    }

    /** The n-th working day strictly before day. */
    private LocalDate workingDaysBefore(LocalDate day, int n) {
        var d = day;
        for (int found = 0; found < n; ) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                found++;
            }
        }
        return d;
    }

    /** Who works on a case: federation staff, or the department it goes to. */
    private record Route(Long departmentId, String departmentName) {

        void take(DemoCaseSteps steps, int day, DemoCasePeople people) {
            if (departmentId == null) {
                steps.add(day, HANDLE, people.staff(), "由维权服务中心直接办理");
            } else {
                steps.transfer(day, people.staff(), departmentId, "转" + departmentName + "办理");
            }
        }

        String worker(DemoCasePeople people) {
            return departmentId == null ? people.staff() : people.liaison(departmentName);
        }

        String resolver(DemoCasePeople people) {
            return worker(people);
        }
    }
}
