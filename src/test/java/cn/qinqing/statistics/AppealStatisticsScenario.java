package cn.qinqing.statistics;

import cn.qinqing.appeal.AppealDraft;
import cn.qinqing.appeal.AppealService;
import cn.qinqing.appeal.Rating;
import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberType;
import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Cases of March 2026 in a federation of the test's own (A, from {@link StatisticsWorld}), a federation
 * below it (C) and one beside it (S), filed and handled through {@link AppealService} as their staff,
 * then dated into March: the statistics read only the dates, so moving them is the same as having filed
 * and handled the cases then (the clock cannot go back to March). The cases still open six working days
 * after their due date are marked supervised (督办) on the day the deadline job would have escalated them
 * (column "supervised"); the job itself is not run, it would touch every other test's cases. The
 * expected figures are in the tests.
 *
 * <pre>
 * case  where unit  category      subject            channel  submitter  received accepted due   resolved rating       supervised
 * c1    A     staff COMPLAINT     ARREARS            PHONE    mobile M1  03-02    03-02    03-19 03-10    满意
 * c2    A     staff COMPLAINT     ARREARS            PHONE    mobile M1  03-03    03-03    03-20 03-25    基本满意
 * c3    A     D1    COORDINATION  ADMIN_ENFORCEMENT  VISIT    mobile M2  03-04    03-04    03-10 03-31    不满意 (twice) 03-18
 * c4    A     D1    REPORT        LABOUR             LETTER   mobile M3  03-05    03-05    03-20 open (transferred)    03-30
 * c5    A     D2    CONSULTATION  POLICY             HOTLINE  mobile M4  03-06    03-06    03-11 03-11    满意
 * c6    A     staff COMPLAINT     CONTRACT           DUTY     mobile M1  03-09    declined
 * c7    A     staff COMPLAINT     OTHER              PHONE    mobile M6  03-30    waiting, acceptance due 03-31 04-09
 * c8    C     staff COMPLAINT     FINANCING          PHONE    mobile M5  03-12    03-12    03-31 03-20    -
 * c9    A     staff COORDINATION  FINANCING          VISIT    member P   03-16    03-16    04-02 open (in progress)    04-13
 * c10   A     staff CONSULTATION  POLICY             VISIT    member P   03-17    03-17    03-20 03-19    满意
 * c11   S     staff COMPLAINT     ARREARS            PHONE    mobile M1  03-10    (another federation: never counted for A)
 * c12   A     staff COMPLAINT     ARREARS            PHONE    mobile M1  04-01    (April)
 * </pre>
 */
final class AppealStatisticsScenario {

    static final int YEAR = 2026;
    private static final Random RANDOM = new Random();

    final StatisticsWorld world;
    final StatisticsWorld sibling;
    final JdbcClient jdbc;
    final AppealService appeals;
    final long childFederationId;
    final String childStaff;
    final long d1;
    final long d2;
    final long memberP;
    final String m1 = mobile();
    final long[] cases = new long[13];

    AppealStatisticsScenario(StatisticsWorld world, StatisticsWorld sibling, JdbcClient jdbc, PasswordEncoder encoder,
                             AppealService appeals) {
        this.world = world;
        this.sibling = sibling;
        this.jdbc = jdbc;
        this.appeals = appeals;
        var path = jdbc.sql("select path from federation where id = ?").param(world.federationId).query(String.class).single();
        childFederationId = jdbc.sql("""
                insert into federation (name, level, region_code, parent_id, path) values (?, 'DISTRICT', ?, ?, '') returning id""")
                .params("统计测试街道商会联络处" + world.region, freeRegion(), world.federationId).query(Long.class).single();
        jdbc.sql("update federation set path = ? where id = ?").params(path + childFederationId + "/", childFederationId).update();
        childStaff = "sw-" + UUID.randomUUID().toString().substring(0, 12);
        var userId = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, federation_id, must_change_password)
                values (?, '下级工商联干部', ?, ?, false) returning id""")
                .params(childStaff, encoder.encode(StatisticsWorld.PASSWORD), childFederationId).query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(userId, Role.STAFF.name()).update();
        d1 = department("区市场监管局", "MARKET_REGULATION");
        d2 = department("区人社局", "HUMAN_RESOURCES");
        memberP = world.active(world.organisation(MemberType.ENTERPRISE, "91", true, false, Industry.C,
                EnterpriseSize.SMALL, LocalDate.of(2020, 1, 6)));
        var m2 = mobile();
        var m3 = mobile();
        var m4 = mobile();
        var m5 = mobile();
        var m6 = mobile();
        String a = world.staff;
        cases[1] = file(a, "COMPLAINT", "ARREARS", "PHONE", m1, null);
        handleAndResolve(a, cases[1], null, Rating.SATISFIED);
        dates(1, "03-02", "03-02", "03-19", "03-10");
        cases[2] = file(a, "COMPLAINT", "ARREARS", "PHONE", m1, null);
        handleAndResolve(a, cases[2], null, Rating.BASICALLY_SATISFIED);
        dates(2, "03-03", "03-03", "03-20", "03-25");
        cases[3] = file(a, "COORDINATION", "ADMIN_ENFORCEMENT", "VISIT", m2, null);
        handleAndResolve(a, cases[3], d1, Rating.DISSATISFIED);
        as(a, () -> appeals.resolve(cases[3], "已再次协调，执法部门维持原处理决定"));
        as(a, () -> appeals.rate(cases[3], Rating.DISSATISFIED, "仍不满意"));
        dates(3, "03-04", "03-04", "03-10", "03-31");
        cases[4] = file(a, "REPORT", "LABOUR", "LETTER", m3, null);
        as(a, () -> appeals.accept(cases[4], null));
        as(a, () -> appeals.transfer(cases[4], d1, "请核查"));
        dates(4, "03-05", "03-05", "03-20", null);
        cases[5] = file(a, "CONSULTATION", "POLICY", "HOTLINE_12345", m4, null);
        handleAndResolve(a, cases[5], d2, Rating.SATISFIED);
        dates(5, "03-06", "03-06", "03-11", "03-11");
        cases[6] = file(a, "COMPLAINT", "CONTRACT", "DUTY_DESK", m1, null);
        as(a, () -> appeals.decline(cases[6], "属于司法诉讼范围，已告知当事人"));
        jdbc.sql("update appeal set submitted_on = ?, accept_due = ? where id = ?")
                .params(day("03-09"), day("03-10"), cases[6]).update();
        cases[7] = file(a, "COMPLAINT", "OTHER", "PHONE", m6, null);
        jdbc.sql("update appeal set submitted_on = ?, accept_due = ? where id = ?")
                .params(day("03-30"), day("03-31"), cases[7]).update();
        cases[8] = file(childStaff, "COMPLAINT", "FINANCING", "PHONE", m5, null);
        as(childStaff, () -> appeals.accept(cases[8], null));
        as(childStaff, () -> appeals.handle(cases[8], null));
        as(childStaff, () -> appeals.resolve(cases[8], "已对接银行"));
        dates(8, "03-12", "03-12", "03-31", "03-20");
        cases[9] = file(a, "COORDINATION", "FINANCING", "VISIT", null, memberP);
        as(a, () -> appeals.accept(cases[9], null));
        as(a, () -> appeals.handle(cases[9], null));
        dates(9, "03-16", "03-16", "04-02", null);
        cases[10] = file(a, "CONSULTATION", "POLICY", "VISIT", null, memberP);
        handleAndResolve(a, cases[10], null, Rating.SATISFIED);
        dates(10, "03-17", "03-17", "03-20", "03-19");
        cases[11] = file(sibling.staff, "COMPLAINT", "ARREARS", "PHONE", m1, null);
        jdbc.sql("update appeal set submitted_on = ?, accept_due = ? where id = ?")
                .params(day("03-10"), day("03-11"), cases[11]).update();
        cases[12] = file(a, "COMPLAINT", "ARREARS", "PHONE", m1, null);
        jdbc.sql("update appeal set submitted_on = ?, accept_due = ? where id = ?")
                .params(day("04-01"), day("04-02"), cases[12]).update();
        supervised(3, "03-18");
        supervised(4, "03-30");
        supervised(7, "04-09");
        supervised(9, "04-13");
    }

    Api staffOfA() {
        return world.api(world.staff);
    }

    Api staffOfChild() {
        return world.api(childStaff);
    }

    Api staffOfSibling() {
        return sibling.api(sibling.staff);
    }

    String federationName(long id) {
        return jdbc.sql("select name from federation where id = ?").param(id).query(String.class).single();
    }

    <T> T as(String username, java.util.function.Supplier<T> action) {
        return world.as(username, action);
    }

    private long file(String staff, String category, String subject, String channel, String mobile, Long member) {
        var draft = new AppealDraft(category, subject, "统计测试诉求" + subject, "企业反映的具体情况，供统计测试使用。", member,
                channel, "联系人" + (mobile == null ? "P" : mobile.substring(7)), member == null ? "统计测试非会员企业" + mobile : null,
                mobile, false, null);
        return as(staff, () -> appeals.submit(draft, null)).id();
    }

    /** Accepted, handled by staff or transferred to the department, resolved with a reply, rated. */
    private void handleAndResolve(String staff, long id, Long department, Rating rating) {
        as(staff, () -> appeals.accept(id, "已受理"));
        as(staff, () -> department == null ? appeals.handle(id, null) : appeals.transfer(id, department, "请办理"));
        as(staff, () -> appeals.resolve(id, "已办结，答复企业"));
        as(staff, () -> appeals.rate(id, rating, null));
    }

    private void dates(int n, String received, String accepted, String due, String resolved) {
        jdbc.sql("""
                update appeal set submitted_on = ?, accept_due = ?, accepted_on = ?, handling_due = ?, resolved_on = ?
                 where id = ?""")
                .params(day(received), day(received).plusDays(1), day(accepted), day(due),
                        resolved == null ? null : day(resolved), cases[n])
                .update();
    }

    /** Marks the case as the deadline job does when it escalates it to the leaders. */
    private void supervised(int n, String on) {
        jdbc.sql("update appeal set supervised_on = ? where id = ?").params(day(on), cases[n]).update();
    }

    private long department(String name, String kind) {
        return jdbc.sql("insert into department (federation_id, name, kind) values (?, ?, ?) returning id")
                .params(world.federationId, name + world.region, kind).query(Long.class).single();
    }

    static LocalDate day(String monthDay) {
        return LocalDate.parse(YEAR + "-" + monthDay);
    }

    private static String mobile() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    private String freeRegion() {
        for (int i = 0; i < 1000; i++) {
            var code = String.format("38%02d%02d", RANDOM.nextInt(100), 1 + RANDOM.nextInt(99));
            if (jdbc.sql("select count(*) from federation where region_code = ?").param(code).query(Long.class).single() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free region code");
    }
}
