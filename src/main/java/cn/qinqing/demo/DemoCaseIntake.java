package cn.qinqing.demo;

import cn.qinqing.appeal.AppealChannel;
import cn.qinqing.appeal.AppealDraft;
import cn.qinqing.organisation.DepartmentKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What comes in to the demo's centre (the intake half of {@link DemoCasePlan}; the plan times the
 * steps): the decks of categories and channels, each category's usual subjects, the departments a
 * subject goes to, and who files - the demo member's own account, another member or a firm that is not
 * one. Decks give exact counts; the rest is drawn from the plan's seeded random, in the plan's order.
 */
final class DemoCaseIntake {

    static final Map<String, Integer> CATEGORIES = ordered("COMPLAINT", 54, "COORDINATION", 42, "REPORT", 24,
            "CONSULTATION", 30);
    static final Map<AppealChannel, Integer> CHANNELS = ordered(AppealChannel.MEMBER_WEB, 38, AppealChannel.PHONE, 34,
            AppealChannel.VISIT, 20, AppealChannel.LETTER, 10, AppealChannel.HOTLINE_12345, 16,
            AppealChannel.DUTY_DESK, 14, AppealChannel.PUBLIC_WEB, 18);
    /** Cases the demo member's own account filed. */
    static final int OWN_CASES = 5;

    private static final Map<String, List<DepartmentKind>> DEPARTMENTS = Map.of(
            "ARREARS", List.of(DepartmentKind.COURT, DepartmentKind.JUSTICE),
            "ADMIN_ENFORCEMENT", List.of(DepartmentKind.MARKET_REGULATION, DepartmentKind.PUBLIC_SECURITY,
                    DepartmentKind.TAX, DepartmentKind.PROCURATORATE),
            "FINANCING", List.of(DepartmentKind.CENTRAL_BANK),
            "INTELLECTUAL_PROPERTY", List.of(DepartmentKind.MARKET_REGULATION, DepartmentKind.PUBLIC_SECURITY),
            "CONTRACT", List.of(DepartmentKind.COURT, DepartmentKind.PUBLIC_SECURITY, DepartmentKind.JUSTICE),
            "LABOUR", List.of(DepartmentKind.HUMAN_RESOURCES),
            "POLICY", List.of(DepartmentKind.TAX, DepartmentKind.HUMAN_RESOURCES),
            "OTHER", List.of(DepartmentKind.JUSTICE, DepartmentKind.MARKET_REGULATION));
    private static final Map<String, List<String>> SUBJECTS = Map.of(
            "COMPLAINT", List.of("ARREARS", "ARREARS", "ARREARS", "ADMIN_ENFORCEMENT", "ADMIN_ENFORCEMENT", "CONTRACT",
                    "INTELLECTUAL_PROPERTY", "LABOUR"),
            "COORDINATION", List.of("FINANCING", "FINANCING", "ARREARS", "POLICY", "LABOUR", "OTHER"),
            "REPORT", List.of("ADMIN_ENFORCEMENT", "POLICY", "OTHER", "FINANCING"),
            "CONSULTATION", List.of("POLICY", "POLICY", "CONTRACT", "LABOUR", "INTELLECTUAL_PROPERTY"));

    private final Random random;
    private final DemoCasePeople people;
    private final List<DemoCasePlan.Firm> members;
    private final DemoCasePlan.Firm ownMember;
    private int ownCases;
    private int publicMobiles;

    DemoCaseIntake(Random random, DemoCasePeople people, List<DemoCasePlan.Firm> members, DemoCasePlan.Firm ownMember) {
        this.random = random;
        this.people = people;
        this.members = members;
        this.ownMember = ownMember;
    }

    /** The categories of the year's cases, shuffled. */
    List<String> categories() {
        return deck(CATEGORIES);
    }

    /** The channels of the year's cases, shuffled. */
    List<AppealChannel> channels() {
        return deck(CHANNELS);
    }

    String subject(String category) {
        var subjects = SUBJECTS.get(category);
        return subjects.get(random.nextInt(subjects.size()));
    }

    /** The kind of department a case on this subject is usually transferred to. */
    DepartmentKind department(String subject) {
        var kinds = DEPARTMENTS.get(subject);
        return kinds.get(random.nextInt(kinds.size()));
    }

    /**
     * The case as filed: the public form and half the hotline transfers come from firms that are not
     * members (a mobile of the 170 test range); the member's own page first files the demo member's cases.
     */
    AppealDraft draft(String category, String subject, DemoCaseTexts.Text text, AppealChannel channel) {
        var contact = people.person();
        boolean nonMember = channel == AppealChannel.PUBLIC_WEB
                || (channel == AppealChannel.HOTLINE_12345 && random.nextBoolean());
        if (nonMember) {
            var mobile = "17000010" + "%03d".formatted(++publicMobiles);
            return new AppealDraft(category, subject, text.title(), text.content(), null, channel.name(), contact,
                    people.outsider(), mobile, null, null);
        }
        var firm = channel == AppealChannel.MEMBER_WEB && ownCases < OWN_CASES ? ownMember
                : members.get(random.nextInt(members.size()));
        if (firm == ownMember) {
            ownCases++;
        }
        return new AppealDraft(category, subject, text.title(), text.content(), firm.id(), channel.name(), contact, null,
                null, null, null);
    }

    private <T> List<T> deck(Map<T, Integer> counts) {
        var deck = new ArrayList<T>();
        counts.forEach((value, n) -> deck.addAll(Collections.nCopies(n, value)));
        Collections.shuffle(deck, random);
        return deck;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<T, Integer> ordered(Object... pairs) {
        var map = new LinkedHashMap<T, Integer>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((T) pairs[i], (Integer) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
