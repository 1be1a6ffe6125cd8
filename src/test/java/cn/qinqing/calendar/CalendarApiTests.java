package cn.qinqing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/calendar} over real HTTP. Edits use 2099 only, a year nobody else touches. */
@IntegrationTest
class CalendarApiTests {

    private static final String YEAR = "/api/v1/calendar/years/2099";

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    Api staff;
    Api sysadmin;

    @BeforeEach
    void setUp() {
        staff = accounts.api(accounts.create("calstaff", Role.STAFF));
        sysadmin = accounts.sysadmin();
    }

    private static String error(JsonNode problem, String field) {
        return problem.get("errors").valueStream().filter(e -> e.get("field").asString().equals(field))
                .map(e -> e.get("message").asString()).findFirst().orElse(null);
    }

    private long audited(String action, String year) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ?")
                .params(action, year).query(Long.class).single();
    }

    private static Map<String, String> day(String date, String kind, String name) {
        return Map.of("date", date, "kind", kind, "name", name);
    }

    @Test
    void theNthWorkingDayAfterADateSkipsHolidaysAndCountsSwappedDays() {
        var answer = staff.get("/api/v1/calendar/working-days?from=2026-09-30&add=1");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("date").asString()).isEqualTo("2026-10-08");
        assertThat(staff.get("/api/v1/calendar/working-days?from=2026-02-13&add=1").json().get("date").asString())
                .isEqualTo("2026-02-14");
        assertThat(staff.get("/api/v1/calendar/working-days?from=2026-10-03&add=0").json().get("date").asString())
                .isEqualTo("2026-10-03");
        var member = accounts.api(accounts.create("calliaison", Role.VICE_CHAIR));
        assertThat(member.get("/api/v1/calendar/working-days?from=2025-09-30&add=1").json().get("date").asString())
                .isEqualTo("2025-10-09");
    }

    @Test
    void badDatesAndCountsAreRefusedWithChineseFieldErrors() {
        var missing = staff.get("/api/v1/calendar/working-days");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(error(missing.json(), "from")).isEqualTo("请填写日期");
        assertThat(error(missing.json(), "add")).isEqualTo("请填写工作日数（add）");

        var badDate = staff.get("/api/v1/calendar/working-days?from=2026-02-30&add=1");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(error(badDate.json(), "from")).contains("日期格式不正确");
        for (var add : List.of("-1", "367", "abc", "99999999999")) {
            var bad = staff.get("/api/v1/calendar/working-days?from=2026-01-05&add=" + add);
            assertThat(bad.status()).as(add).isEqualTo(400);
            assertThat(error(bad.json(), "add")).as(add).isEqualTo("工作日数应为 0 到 366 之间的整数");
        }
        assertThat(staff.get("/api/v1/calendar/working-days?from=2026-01-05&add=366").status()).isEqualTo(200);
    }

    @Test
    void onlySignedInUsersAskTheCalendar() {
        assertThat(Api.anonymous(accounts.port()).get("/api/v1/calendar/working-days?from=2026-01-05&add=1")
                .status()).isEqualTo(401);
    }

    @Test
    void theSystemAdministratorReplacesAYearAndTheCalendarFollowsAtOnce() {
        long before = audited("CALENDAR_YEAR_UPDATE", "2099");
        var body = List.of(day("2099-10-01", "HOLIDAY", "国庆节"), day("2099-10-02", "HOLIDAY", " 国庆节 "),
                day("2099-10-10", "WORKDAY", "国庆节"));
        var put = sysadmin.put(YEAR, Api.json(body));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("published").asBoolean()).isTrue();

        var read = staff.get(YEAR);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("days").valueStream().map(d -> d.get("date").asString() + d.get("kind").asString()
                + d.get("name").asString()))
                .containsExactly("2099-10-01HOLIDAY国庆节", "2099-10-02HOLIDAY国庆节", "2099-10-10WORKDAY国庆节");
        // 2099-09-30 is a Wednesday; 1-2 Oct off, 3-4 Oct weekend, Monday 5 Oct the first working day.
        assertThat(staff.get("/api/v1/calendar/working-days?from=2099-09-30&add=1").json().get("date").asString())
                .isEqualTo("2099-10-05");
        assertThat(staff.get("/api/v1/calendar/working-days?from=2099-10-09&add=1").json().get("date").asString())
                .isEqualTo("2099-10-10");
        assertThat(audited("CALENDAR_YEAR_UPDATE", "2099")).isEqualTo(before + 1);
    }

    @Test
    void staffCannotEditTheCalendar() {
        long before = audited("CALENDAR_YEAR_UPDATE", "2099");
        var put = staff.put(YEAR, Api.json(List.of(day("2099-05-01", "HOLIDAY", "劳动节"))));
        assertThat(put.status()).isEqualTo(403);
        assertThat(audited("CALENDAR_YEAR_UPDATE", "2099")).isEqualTo(before);
        assertThat(staff.get(YEAR).json().get("days").valueStream().map(d -> d.get("date").asString()))
                .doesNotContain("2099-05-01");
    }

    @Test
    void aBadYearIsRefusedEntryByEntryAndNothingChanges() {
        var first = sysadmin.put(YEAR, Api.json(List.of(day("2099-01-01", "HOLIDAY", "元旦"))));
        assertThat(first.status()).isEqualTo(200);
        var bad = sysadmin.put(YEAR, Api.json(List.of(
                day("2099-10-03", "HOLIDAY", "国庆节"),
                day("2099-10-05", "WORKDAY", "国庆节"),
                day("2098-12-31", "HOLIDAY", "元旦"),
                day("2099-10-06", "HOLIDAY", ""),
                day("2099-10-07", "HOLIDAY", "国".repeat(21)),
                day("2099-10-06", "HOLIDAY", "国庆节"))));
        assertThat(bad.status()).isEqualTo(400);
        var problem = bad.json();
        assertThat(error(problem, "[0].kind")).isEqualTo("2099-10-03 是周六或周日，本来就休息，不能登记为放假");
        assertThat(error(problem, "[1].kind")).isEqualTo("2099-10-05 是周一至周五，本来就上班，不能登记为调休上班");
        assertThat(error(problem, "[2].date")).isEqualTo("日期 2098-12-31 不在 2099 年内");
        assertThat(error(problem, "[3].name")).isEqualTo("请填写节日名称");
        assertThat(error(problem, "[4].name")).isEqualTo("节日名称不能超过 20 个字");
        assertThat(error(problem, "[5].date")).isEqualTo("日期 2099-10-06 已有安排，不能重复录入");

        var unparsable = sysadmin.put(YEAR, Api.json(List.of(day("2099-13-01", "OFF", "x"))));
        assertThat(unparsable.status()).isEqualTo(400);
        assertThat(error(unparsable.json(), "[0].date")).contains("日期格式不正确");
        assertThat(error(unparsable.json(), "[0].kind")).contains("HOLIDAY");

        assertThat(sysadmin.put("/api/v1/calendar/years/1999", "[]").status()).isEqualTo(400);
        assertThat(staff.get(YEAR).json().get("days").valueStream().map(d -> d.get("date").asString()))
                .containsExactly("2099-01-01");
    }

    @Test
    void aYearWithoutDataIsMarkedUnpublished() {
        var read = staff.get("/api/v1/calendar/years/2095");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("published").asBoolean()).isFalse();
        assertThat(read.json().get("days").isEmpty()).isTrue();
        assertThat(staff.get("/api/v1/calendar/years/2026").json().get("days").size()).isEqualTo(25);
    }
}
