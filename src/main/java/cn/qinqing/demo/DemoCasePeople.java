package cn.qinqing.demo;

import cn.qinqing.appeal.AppealChannel;
import cn.qinqing.member.Industry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The people the demo cases name: the centre's staff, the leaders who decide extensions, the
 * vice-chairs on duty, one liaison officer per department, submitters and firms that are not members.
 */
final class DemoCasePeople {

    private final Random random;
    private final DemoNames names;
    private final List<String> staff = new ArrayList<>();
    private final List<String> leaders = new ArrayList<>();
    private final List<String> viceChairs = new ArrayList<>();
    private final Map<String, String> liaisons = new HashMap<>();

    DemoCasePeople(Random random, DemoNames names) {
        this.random = random;
        this.names = names;
        for (int i = 0; i < 4; i++) {
            staff.add("维权服务中心 " + names.person());
        }
        for (int i = 0; i < 2; i++) {
            leaders.add("分管副主席 " + names.person());
        }
        for (int i = 0; i < 5; i++) {
            viceChairs.add("坐班副主席 " + names.person());
        }
    }

    String staff() {
        return staff.get(random.nextInt(staff.size()));
    }

    String leader() {
        return leaders.get(random.nextInt(leaders.size()));
    }

    String liaison(String department) {
        return liaisons.computeIfAbsent(department, d -> d + " " + names.person());
    }

    /** Who took the case in: the vice-chair on duty at the desk, else one of the centre's staff. */
    String intake(AppealChannel channel) {
        return channel == AppealChannel.DUTY_DESK ? viceChairs.get(random.nextInt(viceChairs.size())) : staff();
    }

    String person() {
        return names.person();
    }

    /** A private firm of the district that is not a member. */
    String outsider() {
        var industry = List.of(Industry.C, Industry.F, Industry.E, Industry.H, Industry.G).get(random.nextInt(5));
        return names.company(random.nextBoolean() ? "东营" : "河口区", names.tradeName(), industry);
    }
}
