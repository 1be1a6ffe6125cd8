package cn.qinqing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.appeal.AppealService;
import cn.qinqing.member.FormerMembers;
import cn.qinqing.member.MemberService;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/statistics/appeals} over the cases of {@link AppealStatisticsScenario}: every count,
 * rate and below-standard flag worked out by hand from the table there; the federation below counts, the
 * one beside does not; a month from the cache equals the same days counted live; a change to a case
 * shows at once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealStatisticsFiguresTests {

    static final String MARCH = "/api/v1/statistics/appeals?from=2026-03-01&to=2026-03-31";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired MemberService members;
    @Autowired FormerMembers former;
    @Autowired Chambers chambers;
    @Autowired AppealService appeals;

    AppealStatisticsScenario s;

    @BeforeAll
    void scenario() {
        s = new AppealStatisticsScenario(new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port),
                new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port), jdbc, encoder, appeals);
    }

    @Test
    void eachHandlingUnitHasItsCountsRatesAndBelowStandardFlags() {
        var report = march();
        assertThat(keys(report.get("units"))).containsExactly("F" + s.world.federationId, "F" + s.childFederationId,
                "D" + s.d1, "D" + s.d2);
        var staff = unit(report, "F" + s.world.federationId);
        assertThat(staff.get("name").asString()).isEqualTo(s.federationName(s.world.federationId) + "机关");
        assertThat(staff.get("kind").asString()).isEqualTo("FEDERATION_STAFF");
        // received, accepted, declined, resolved, on time, due, overdue, supervised, rated, satisfied
        assertCounters(staff, 6, 4, 1, 3, 2, 4, 3, 2, 3, 3);
        assertRate(staff.get("onTime"), 2, 4, "50.0", "85", true);
        assertRate(staff.get("reply"), 3, 4, "75.0", "92", true);
        assertRate(staff.get("satisfaction"), 3, 3, "100.0", "92", false);

        var d1 = unit(report, "D" + s.d1);
        assertThat(d1.get("kind").asString()).isEqualTo("DEPARTMENT");
        assertThat(d1.get("name").asString()).isEqualTo("区市场监管局" + s.world.region);
        assertCounters(d1, 2, 2, 0, 1, 0, 2, 2, 2, 1, 0);
        assertRate(d1.get("onTime"), 0, 2, "0.0", "85", true);
        assertRate(d1.get("reply"), 1, 2, "50.0", "92", true);
        assertRate(d1.get("satisfaction"), 0, 1, "0.0", "92", true);

        var d2 = unit(report, "D" + s.d2);
        assertCounters(d2, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1);
        assertRate(d2.get("onTime"), 1, 1, "100.0", "85", false);
        assertRate(d2.get("satisfaction"), 1, 1, "100.0", "92", false);

        var child = unit(report, "F" + s.childFederationId);
        assertCounters(child, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0);
        assertThat(child.get("satisfaction").get("percent").isNull()).as("nothing rated: no rate").isTrue();
        assertThat(child.get("satisfaction").get("below").asBoolean()).isFalse();
    }

    @Test
    void theTotalCoversTheFederationAndTheOneBelowButNotTheOneBeside() {
        var report = march();
        var total = report.get("total");
        assertCounters(total, 10, 8, 1, 6, 4, 8, 5, 4, 5, 4);
        assertRate(total.get("onTime"), 4, 8, "50.0", "85", true);
        assertRate(total.get("reply"), 6, 8, "75.0", "92", true);
        assertRate(total.get("satisfaction"), 4, 5, "80.0", "92", true);
        assertThat(report.get("scopeName").asString()).isEqualTo(s.federationName(s.world.federationId));
        assertThat(report.get("thresholds").get("onTimeRate").decimalValue()).isEqualByComparingTo("85");
        assertThat(report.get("thresholds").get("replyRate").decimalValue()).isEqualByComparingTo("92");
        assertThat(report.get("thresholds").get("satisfactionRate").decimalValue()).isEqualByComparingTo("92");

        var sibling = s.staffOfSibling().get(MARCH);
        assertThat(sibling.status()).isEqualTo(200);
        assertThat(sibling.json().get("total").get("counters").get("received").asLong()).as("c11 only").isEqualTo(1);
        assertThat(keys(sibling.json().get("units"))).containsExactly("F" + s.sibling.federationId);

        var child = s.staffOfChild().get(MARCH).json();
        assertThat(child.get("total").get("counters").get("received").asLong()).as("c8 only: nothing above").isEqualTo(1);
    }

    @Test
    void casesCountByCategorySubjectAndChannelWithZeroForTheRest() {
        var report = march();
        assertThat(counts(report.get("byCategory"))).containsExactly("COMPLAINT=5", "COORDINATION=2", "REPORT=1",
                "CONSULTATION=2");
        assertThat(name(report.get("byCategory"), "COMPLAINT")).isEqualTo("投诉维权");
        assertThat(counts(report.get("bySubject"))).contains("ARREARS=2", "ADMIN_ENFORCEMENT=1", "FINANCING=2",
                "INTELLECTUAL_PROPERTY=0", "CONTRACT=1", "LABOUR=1", "POLICY=2", "OTHER=1");
        assertThat(counts(report.get("byChannel"))).containsExactly("MEMBER_WEB=0", "PHONE=4", "VISIT=3", "LETTER=1",
                "HOTLINE_12345=1", "DUTY_DESK=1", "PUBLIC_WEB=0");
        assertThat(name(report.get("byChannel"), "HOTLINE_12345")).isEqualTo("12345热线转办");
    }

    @Test
    void repeatSubmittersAreTheMobileWithThreeCasesAndTheMemberWithTwo() {
        var repeats = march().get("repeats");
        assertThat(repeats.get("submitters").asLong()).isEqualTo(2);
        assertThat(repeats.get("cases").asLong()).isEqualTo(5);
        assertThat(repeats.get("sameSubjectSubmitters").asLong()).as("M1 raised 拖欠账款 twice").isEqualTo(1);
        var listed = repeats.get("listed");
        assertThat(listed.size()).isEqualTo(2);
        var mobile = listed.get(0);
        assertThat(mobile.get("cases").asLong()).isEqualTo(3);
        assertThat(mobile.get("sameSubjectCases").asLong()).isEqualTo(2);
        assertThat(mobile.get("repeatedSubjects").get(0).asString()).isEqualTo("拖欠账款");
        assertThat(mobile.get("memberId").isNull()).isTrue();
        assertThat(mobile.get("mobileMasked").asString()).isEqualTo(s.m1.substring(0, 3) + "****" + s.m1.substring(7));
        assertThat(mobile.get("company").asString()).isEqualTo("统计测试非会员企业" + s.m1);
        var member = listed.get(1);
        assertThat(member.get("memberId").asLong()).isEqualTo(s.memberP);
        assertThat(member.get("cases").asLong()).isEqualTo(2);
        assertThat(member.get("sameSubjectCases").asLong()).isZero();
        assertThat(member.get("repeatedSubjects").size()).isZero();
    }

    @Test
    void theMonthFromTheCacheEqualsTheSameCasesCountedLive() {
        var cached = march();
        // 2 to 31 March is not a calendar month, so it is counted from the cases; c1 was received on 2 March.
        var live = s.staffOfA().get("/api/v1/statistics/appeals?from=2026-03-02&to=2026-03-31").json();
        for (var field : List.of("total", "units", "byCategory", "bySubject", "byChannel", "repeats")) {
            assertThat(live.get(field)).as(field).isEqualTo(cached.get(field));
        }
        var withApril = s.staffOfA().get("/api/v1/statistics/appeals?from=2026-03-01&to=2026-04-30").json();
        assertThat(withApril.get("total").get("counters").get("received").asLong()).as("c12 in April").isEqualTo(11);
        assertThat(withApril.get("repeats").get("listed").get(0).get("cases").asLong()).as("M1: c1, c2, c6, c12").isEqualTo(4);
        var april = s.staffOfA().get("/api/v1/statistics/appeals?from=2026-04-01&to=2026-04-30").json();
        assertThat(april.get("total").get("counters").get("received").asLong()).isEqualTo(1);
        assertThat(april.get("total").get("counters").get("overdue").asLong()).as("acceptance due 2 April").isEqualTo(1);
    }

    @Test
    void aChangeToACaseShowsInTheCachedMonthAtOnce() {
        var before = unit(march(), "D" + s.d2);
        assertThat(before.get("counters").get("received").asLong()).isEqualTo(1);
        long extra = s.as(s.world.staff, () -> appeals.submit(new cn.qinqing.appeal.AppealDraft("COMPLAINT", "LABOUR",
                "统计测试新增诉求", "统计测试新增诉求的内容。", null, "PHONE", "联系人", "统计测试企业", "13912345678", false, null),
                null)).id();
        s.as(s.world.staff, () -> appeals.accept(extra, null));
        s.as(s.world.staff, () -> appeals.transfer(extra, s.d2, null));
        jdbc.sql("update appeal set submitted_on = ?, accepted_on = ?, handling_due = ?, supervised_on = ? where id = ?")
                .params(AppealStatisticsScenario.day("03-23"), AppealStatisticsScenario.day("03-23"),
                        AppealStatisticsScenario.day("03-26"), AppealStatisticsScenario.day("04-03"), extra).update();
        try {
            var after = unit(march(), "D" + s.d2);
            // received, accepted, declined, resolved, on time, due, overdue, supervised, rated, satisfied
            assertCounters(after, 2, 2, 0, 1, 1, 2, 1, 1, 1, 1);
            assertRate(after.get("onTime"), 1, 2, "50.0", "85", true);
        } finally {
            jdbc.sql("delete from appeal where id = ?").param(extra).update();
        }
        assertCounters(unit(march(), "D" + s.d2), 1, 1, 0, 1, 1, 1, 0, 0, 1, 1);
    }

    @Test
    void aCaseCountsAsSupervisedExactlyWhenTheDeadlineJobEscalatedItWhateverTheRuleWouldSay() {
        var w = new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port);
        // Due 6 May and still open: far more than six working days late, but never escalated.
        long neverEscalated = handledInMay(w, "05-04", "05-06", null, null);
        // Escalated on 14 May for its first due date, then extended to 29 May and resolved in time on 20 May.
        long escalated = handledInMay(w, "05-05", "05-29", "05-20", "05-14");
        var may = "/api/v1/statistics/appeals?from=2026-05-01&to=2026-05-31";
        var live = "/api/v1/statistics/appeals?from=2026-05-02&to=2026-05-30";
        var api = w.api(w.staff);
        for (var path : List.of(may, live)) {
            var counters = api.get(path).json().get("total").get("counters");
            assertThat(counters.get("received").asLong()).as(path).isEqualTo(2);
            assertThat(counters.get("overdue").asLong()).as(path + ": overdue by the dates").isEqualTo(1);
            assertThat(counters.get("supervised").asLong()).as(path + ": the escalated case only").isEqualTo(1);
        }

        // The cached month follows the column at once, both ways.
        jdbc.sql("update appeal set supervised_on = ? where id = ?")
                .params(AppealStatisticsScenario.day("05-14"), neverEscalated).update();
        assertThat(api.get(may).json().get("total").get("counters").get("supervised").asLong()).isEqualTo(2);
        jdbc.sql("update appeal set supervised_on = null where id in (?, ?)").params(neverEscalated, escalated).update();
        assertThat(api.get(may).json().get("total").get("counters").get("supervised").asLong()).isZero();
        assertThat(api.get(live).json().get("total").get("counters").get("supervised").asLong()).isZero();
    }

    /** A case of the world's staff, accepted and handled, dated into May 2026; resolved and escalated when given. */
    private long handledInMay(StatisticsWorld w, String received, String due, String resolved, String supervised) {
        var draft = new cn.qinqing.appeal.AppealDraft("COMPLAINT", "ARREARS", "统计测试督办口径", "统计测试督办口径的内容。",
                null, "PHONE", "联系人", "统计测试督办企业" + w.region, "139" + w.region + "00", false, null);
        long id = w.as(w.staff, () -> appeals.submit(draft, null)).id();
        w.as(w.staff, () -> appeals.accept(id, null));
        w.as(w.staff, () -> appeals.handle(id, null));
        if (resolved != null) {
            w.as(w.staff, () -> appeals.resolve(id, "已办结"));
        }
        jdbc.sql("""
                update appeal set submitted_on = ?, accept_due = ?, accepted_on = ?, handling_due = ?, resolved_on = ?,
                                  supervised_on = ? where id = ?""")
                .params(AppealStatisticsScenario.day(received), AppealStatisticsScenario.day(received).plusDays(1),
                        AppealStatisticsScenario.day(received), AppealStatisticsScenario.day(due),
                        resolved == null ? null : AppealStatisticsScenario.day(resolved),
                        supervised == null ? null : AppealStatisticsScenario.day(supervised), id)
                .update();
        return id;
    }

    private JsonNode march() {
        var response = s.staffOfA().get(MARCH);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static JsonNode unit(JsonNode report, String key) {
        for (var unit : report.get("units")) {
            if (unit.get("key").asString().equals(key)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + key + " in " + report.get("units"));
    }

    static void assertCounters(JsonNode unit, long... expected) {
        var c = unit.get("counters");
        String[] names = {"received", "accepted", "declined", "resolved", "onTime", "due", "overdue", "supervised",
                "rated", "satisfied"};
        var actual = new ArrayList<String>();
        var wanted = new ArrayList<String>();
        for (int i = 0; i < names.length; i++) {
            actual.add(names[i] + "=" + c.get(names[i]).asLong());
            wanted.add(names[i] + "=" + expected[i]);
        }
        assertThat(actual).as(unit.get("name").asString()).isEqualTo(wanted);
    }

    static void assertRate(JsonNode rate, long numerator, long denominator, String percent, String threshold, boolean below) {
        assertThat(rate.get("numerator").asLong()).isEqualTo(numerator);
        assertThat(rate.get("denominator").asLong()).isEqualTo(denominator);
        assertThat(rate.get("percent").decimalValue()).isEqualByComparingTo(percent);
        assertThat(rate.get("threshold").decimalValue()).isEqualByComparingTo(threshold);
        assertThat(rate.get("below").asBoolean()).as("below " + threshold).isEqualTo(below);
    }

    private static List<String> keys(JsonNode units) {
        var keys = new ArrayList<String>();
        units.forEach(u -> keys.add(u.get("key").asString()));
        return keys;
    }

    private static List<String> counts(JsonNode items) {
        var counts = new ArrayList<String>();
        items.forEach(i -> counts.add(i.get("code").asString() + "=" + i.get("cases").asLong()));
        return counts;
    }

    private static String name(JsonNode items, String code) {
        for (var i : items) {
            if (i.get("code").asString().equals(code)) {
                return i.get("name").asString();
            }
        }
        throw new AssertionError(code);
    }
}
