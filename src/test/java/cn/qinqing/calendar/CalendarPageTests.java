package cn.qinqing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.WebSession;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The page /calendar over real HTTP. Edits use 2098 only, a year nobody else touches. */
@IntegrationTest
class CalendarPageTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CalendarYears years;
    @Autowired
    Clock clock;

    Api sysadmin;

    @BeforeEach
    void setUp() {
        sysadmin = accounts.sysadmin();
        years.replace(2098, List.of());
    }

    private Api.Response post(Api api, String path, Map<String, String> fields) {
        var body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.send(HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static long count(String html, String text) {
        return Pattern.compile(Pattern.quote(text)).matcher(html).results().count();
    }

    private List<LocalDate> stored2098() {
        return jdbc.sql("select day from calendar_special_day where year = 2098 order by day")
                .query(LocalDate.class).list();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = '2098'")
                .param(action).query(Long.class).single();
    }

    @Test
    void theYearShowsTwelveMonthsWithHolidaysAndSwappedDaysMarked() {
        var page = sysadmin.get("/calendar?year=2026");
        assertThat(page.status()).isEqualTo(200);
        var html = page.body();
        assertThat(html).contains("2026 年工作日历", "id=\"month-1\"", "id=\"month-12\"", "法定节假日", "调休上班");
        assertThat(count(html, "data-kind=\"holiday\"")).isEqualTo(19);
        assertThat(count(html, "data-kind=\"workday\"")).isEqualTo(6);
        // Weekend days inside a holiday (3-4 Oct, 21-22 Feb ...) are shown as part of it.
        assertThat(count(html, "data-kind=\"break\"")).isEqualTo(14);
        assertThat(html).contains("国庆节", "2026-10-10").doesNotContain("id=\"unpublished\"");
        assertThat(html).contains("id=\"add-day\"");
    }

    @Test
    void aMissingOrImpossibleYearShowsTheCurrentYear() {
        var thisYear = LocalDate.now(clock).getYear() + " 年工作日历";
        assertThat(sysadmin.get("/calendar").body()).contains(thisYear);
        assertThat(sysadmin.get("/calendar?year=abc").body()).contains(thisYear);
        assertThat(sysadmin.get("/calendar?year=1066").body()).contains(thisYear);
    }

    @Test
    void aYearWithoutPublishedHolidaysShowsAWarning() {
        var html = sysadmin.get("/calendar?year=2097").body();
        assertThat(html).contains("id=\"unpublished\"", "2097 年的节假日安排尚未录入");
        assertThat(count(html, "data-kind=\"holiday\"")).isZero();
    }

    @Test
    void staffReadTheCalendarButCannotEditIt() {
        var staff = accounts.api(accounts.create("calpage", Role.STAFF));
        var page = staff.get("/calendar?year=2026");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("国庆节").doesNotContain("id=\"add-day\"");
        var refused = post(staff, "/calendar/days", Map.of("date", "2098-01-02", "kind", "HOLIDAY", "name", "元旦"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(stored2098()).isEmpty();
    }

    @Test
    void anInvalidDayIsRefusedInChineseAndTheFormKeepsTheInput() {
        var page = post(sysadmin, "/calendar/days",
                Map.of("year", "2098", "date", "2098-01-04", "kind", "HOLIDAY", "name", "测试假日"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2098-01-04 是周六或周日，本来就休息，不能登记为放假",
                "value=\"2098-01-04\"", "value=\"测试假日\"", "2098 年工作日历");
        assertThat(page.body()).containsPattern("<option value=\"HOLIDAY\" selected");
        var blank = post(sysadmin, "/calendar/days", Map.of("year", "2098", "date", "", "kind", "", "name", ""));
        assertThat(blank.body()).contains("请填写日期", "请选择类型", "请填写节日名称", "2098 年工作日历");
        var malformed = post(sysadmin, "/calendar/days", Map.of("year", "2098", "date", "2098-02-30", "kind", "OFF",
                "name", "元旦"));
        assertThat(malformed.body()).contains("日期格式不正确", "类型只能是", "value=\"2098-02-30\"", "value=\"元旦\"")
                .doesNotContain("请填写日期");
        var tooEarly = post(sysadmin, "/calendar/days", Map.of("year", "2098", "date", "1990-01-01", "kind", "HOLIDAY",
                "name", "元旦"));
        assertThat(tooEarly.status()).isEqualTo(200);
        assertThat(tooEarly.body()).contains("年份应在 2000 到 2100 之间", "value=\"1990-01-01\"");
        assertThat(stored2098()).isEmpty();
    }

    @Test
    void theAdministratorAddsAndRemovesADayAndBothAreAudited() {
        long added = audited("CALENDAR_DAY_ADD");
        long removed = audited("CALENDAR_DAY_REMOVE");
        var add = post(sysadmin, "/calendar/days",
                Map.of("year", "2098", "date", "2098-01-02", "kind", "HOLIDAY", "name", "元旦"));
        assertThat(add.status()).isEqualTo(302);
        assertThat(add.header("Location")).endsWith("/calendar?year=2098");
        assertThat(stored2098()).containsExactly(LocalDate.of(2098, 1, 2));
        assertThat(sysadmin.get("/calendar?year=2098").body()).contains("data-date=\"2098-01-02\"");

        var again = post(sysadmin, "/calendar/days",
                Map.of("year", "2098", "date", "2098-01-02", "kind", "HOLIDAY", "name", "元旦"));
        assertThat(again.body()).contains("日期 2098-01-02 已有安排，不能重复录入");

        var remove = post(sysadmin, "/calendar/days/2098-01-02/delete", Map.of());
        assertThat(remove.status()).isEqualTo(302);
        assertThat(stored2098()).isEmpty();
        assertThat(post(sysadmin, "/calendar/days/2098-01-02/delete", Map.of()).status()).isEqualTo(404);
        assertThat(audited("CALENDAR_DAY_ADD")).isEqualTo(added + 1);
        assertThat(audited("CALENDAR_DAY_REMOVE")).isEqualTo(removed + 1);
    }

    @Test
    void aSessionFormWithoutTheCsrfTokenIsRefused() {
        var web = WebSession.open(accounts.port());
        assertThat(web.login(TestAccounts.SYSADMIN, TestAccounts.PASSWORD).status()).isEqualTo(302);
        var token = web.csrf("/calendar?year=2098");
        assertThat(web.postForm("/calendar/days", Map.of("date", "2098-01-02", "kind", "HOLIDAY", "name", "元旦"))
                .status()).isEqualTo(403);
        assertThat(stored2098()).isEmpty();
        var withToken = web.postForm("/calendar/days",
                Map.of("_csrf", token, "date", "2098-01-02", "kind", "HOLIDAY", "name", "元旦"));
        assertThat(withToken.status()).isEqualTo(302);
        assertThat(stored2098()).containsExactly(LocalDate.of(2098, 1, 2));
    }
}
