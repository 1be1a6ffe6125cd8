package cn.qinqing.demo;

import cn.qinqing.member.MemberStatus;
import cn.qinqing.member.OrganisationKind;
import cn.qinqing.demo.PlannedMember.Fate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * The demo roll, planned from the seed's figures: 880 active members (316 enterprise and 564
 * individual; the seed counts its 20 group members apart, as 316 + 564 = 880 shows), of whom 100
 * joined this year; 20 more were members at the end of last year and ended today; so
 * 880 - 100 + 20 = 800 were members at the end of last year and growth is 10 %. The 20 group
 * members joined in earlier years.
 * Another 60 ended in earlier years and 6 applications wait for review. Kinds, sizes, sectors and
 * places are drawn so the roll shows the seed's "三多三少".
 */
final class DemoRoll {

    static final int ENTERPRISES = 316;
    static final int GROUPS = 20;
    static final int INDIVIDUALS = 564;
    static final int JOINED_THIS_YEAR = 100;
    static final int ENDED_THIS_YEAR = 20;
    static final int ENDED_EARLIER = 60;
    static final int APPLICATIONS = 6;
    /** Enterprise members by kind: many individual businesses, few private enterprises. */
    static final int INDIVIDUAL_BUSINESSES = 196;
    static final int PRIVATE_ENTERPRISES = 100;
    static final int COOPERATIVES = 12;
    static final int HMT_INVESTED = ENTERPRISES - INDIVIDUAL_BUSINESSES - PRIVATE_ENTERPRISES - COOPERATIVES;
    static final int FIRST_YEAR = 2008;

    private final Random random;
    private final DemoMemberFactory factory;
    private final LocalDate today;

    DemoRoll(Random random, DemoMemberFactory factory, LocalDate today) {
        this.random = random;
        this.factory = factory;
        this.today = today;
    }

    List<PlannedMember> plan() {
        var active = new ArrayList<PlannedMember>();
        active.add(factory.named("通海集团有限公司", LocalDate.of(FIRST_YEAR, 3, 18)));
        active.add(factory.named("黄河三角洲酒业有限公司", LocalDate.of(2010, 6, 8)));
        var kinds = new ArrayList<OrganisationKind>();
        kinds.addAll(Collections.nCopies(INDIVIDUAL_BUSINESSES, OrganisationKind.INDIVIDUAL_BUSINESS));
        kinds.addAll(Collections.nCopies(PRIVATE_ENTERPRISES - 2, OrganisationKind.PRIVATE_ENTERPRISE));
        kinds.addAll(Collections.nCopies(COOPERATIVES, OrganisationKind.COOPERATIVE));
        kinds.addAll(Collections.nCopies(HMT_INVESTED, OrganisationKind.HMT_INVESTED));
        var thisYear = thisYearsJoiners();
        for (var kind : kinds) {
            active.add(factory.enterprise(kind, joinedOn(thisYear.contains(active.size())), Fate.ACTIVE));
        }
        for (int i = 0; i < GROUPS; i++) {
            active.add(factory.group(i, joinedOn(false)));
        }
        for (int i = 0; i < INDIVIDUALS; i++) {
            active.add(factory.individual(joinedOn(thisYear.contains(active.size())), Fate.ACTIVE));
        }
        var all = new ArrayList<>(active);
        for (int i = 0; i < ENDED_THIS_YEAR; i++) {
            var joined = pastDay(FIRST_YEAR + 2, today.getYear() - 1);
            all.add(ended(i % 5 < 2 ? factory.enterprise(OrganisationKind.INDIVIDUAL_BUSINESS, joined, Fate.ENDED_TODAY)
                    : factory.individual(joined, Fate.ENDED_TODAY), today));
        }
        for (int i = 0; i < ENDED_EARLIER; i++) {
            var joined = pastDay(FIRST_YEAR, today.getYear() - 2);
            var endedOn = LocalDate.ofEpochDay(joined.toEpochDay() + 1
                    + random.nextLong(LocalDate.of(today.getYear() - 1, 12, 31).toEpochDay() - joined.toEpochDay()));
            var member = i % 2 == 0 ? factory.individual(joined, Fate.FORMER)
                    : factory.enterprise(i % 3 == 0 ? OrganisationKind.PRIVATE_ENTERPRISE : OrganisationKind.INDIVIDUAL_BUSINESS,
                    joined, Fate.FORMER);
            all.add(ended(member, endedOn));
        }
        for (int i = 0; i < APPLICATIONS; i++) {
            all.add(i % 2 == 0 ? factory.enterprise(OrganisationKind.PRIVATE_ENTERPRISE, null, Fate.APPLIED)
                    : factory.individual(null, Fate.APPLIED));
        }
        return all;
    }

    /** Which enterprise and individual members (by position; never the two named firms) joined this year. */
    private HashSet<Integer> thisYearsJoiners() {
        var positions = new ArrayList<Integer>();
        for (int i = 2; i < ENTERPRISES + GROUPS + INDIVIDUALS; i++) {
            if (i < ENTERPRISES || i >= ENTERPRISES + GROUPS) {
                positions.add(i);
            }
        }
        Collections.shuffle(positions, random);
        return new HashSet<>(positions.subList(0, JOINED_THIS_YEAR));
    }

    /** A join date: this year up to today, or an earlier year - later years more likely, as the roll grew. */
    private LocalDate joinedOn(boolean thisYear) {
        if (thisYear) {
            var start = LocalDate.of(today.getYear(), 1, 1);
            return start.plusDays(random.nextLong(today.toEpochDay() - start.toEpochDay() + 1));
        }
        return pastDay(FIRST_YEAR, today.getYear() - 1);
    }

    /** A day in a year from first to last, year weighted by 1 + (year - first). */
    private LocalDate pastDay(int first, int last) {
        int span = last - first + 1;
        int ticket = random.nextInt(span * (span + 1) / 2);
        int year = first;
        for (int weight = 1; ticket >= weight; weight++) {
            ticket -= weight;
            year++;
        }
        var start = LocalDate.of(year, 1, 1);
        return start.plusDays(random.nextInt(start.lengthOfYear()));
    }

    private PlannedMember ended(PlannedMember member, LocalDate endedOn) {
        var status = random.nextInt(3) == 0 ? MemberStatus.WITHDRAWN : MemberStatus.LAPSED;
        return new PlannedMember(member.draft(), member.chambers(), member.fate(), endedOn, status);
    }
}
