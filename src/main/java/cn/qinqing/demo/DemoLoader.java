package cn.qinqing.demo;

import cn.qinqing.member.FormerMembers;
import cn.qinqing.member.MemberService;
import cn.qinqing.organisation.Federation;
import cn.qinqing.shared.security.QinqingUser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Puts the demo district in through the real services, as a caller with the STAFF role: the
 * organisation first, then the planned roll - registered and approved (so personal numbers are
 * encrypted, search terms computed, periods opened and events published), ended where the plan says.
 */
@Component
class DemoLoader {

    /** The seed for every random choice: the same demo district on every machine. */
    static final long SEED = 2022_0503L;

    private final DemoOrganisation organisation;
    private final MemberService members;
    private final FormerMembers former;

    DemoLoader(DemoOrganisation organisation, MemberService members, FormerMembers former) {
        this.organisation = organisation;
        this.members = members;
        this.former = former;
    }

    /** Loads everything; returns how many members were entered. */
    int load(QinqingUser caller, Federation home, LocalDate today) {
        var random = new Random(SEED);
        var names = new DemoNames(random);
        var numbers = new DemoNumbers(random);
        var roll = new DemoRoll(random, new DemoMemberFactory(random, names, numbers, home.regionCode()), today).plan();
        var chamberIds = organisation.chambers(home, declared(roll), random, names, numbers, today);
        organisation.party(caller, home, chamberIds, random, names);
        organisation.staffing(caller, home, today);
        var numbering = new HashMap<Integer, Integer>();
        for (var member : roll) {
            var chambers = member.chambers().stream().map(chamberIds::get).toList();
            switch (member.fate()) {
                case ACTIVE -> admit(member, chambers, home, today, numbering);
                case ENDED_TODAY -> {
                    var id = admit(member, chambers, home, today, numbering);
                    members.end(id, member.endStatus(), reason(member));
                }
                case FORMER -> former.record(member.draft(), chambers, member.endedOn(), member.endStatus(), reason(member));
                case APPLIED -> members.register(member.draft(), chambers);
            }
        }
        return roll.size();
    }

    /** Registers and approves; members of past years get the number of their year, this year's the next free one. */
    private long admit(PlannedMember member, List<Long> chambers, Federation home, LocalDate today,
                       Map<Integer, Integer> numbering) {
        var id = members.register(member.draft(), chambers);
        int year = member.draft().joinedOn().getYear();
        String number = null;
        if (year < today.getYear()) {
            number = "%s-%d-%04d".formatted(home.regionCode(), year, numbering.merge(year, 1, Integer::sum));
        }
        members.approve(id, number);
        return id;
    }

    /** Members each chamber will hold, by chamber key, so the chambers can state a member count. */
    private static Map<String, Integer> declared(List<PlannedMember> roll) {
        var counts = new HashMap<String, Integer>();
        roll.stream().filter(m -> m.fate() == PlannedMember.Fate.ACTIVE)
                .forEach(m -> m.chambers().forEach(key -> counts.merge(key, 1, Integer::sum)));
        return counts;
    }

    private static String reason(PlannedMember member) {
        return switch (member.endStatus()) {
            case WITHDRAWN -> "企业注销或迁出，申请退会（演示数据）";
            default -> "连续两年未缴纳会费（演示数据）";
        };
    }
}
