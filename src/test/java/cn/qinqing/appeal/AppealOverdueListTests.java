package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The overdue list (超期诉求) through the API: the caller's federation only, most overdue first, filters, paging. */
@IntegrationTest
class AppealOverdueListTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Clock clock;

    AppealDeadlineFixture fx;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fx = new AppealDeadlineFixture(accounts, jdbc, federations);
        today = LocalDate.now(clock);
    }

    long acceptedCase(AppealDeadlineFixture in, String category, LocalDate due) {
        var id = in.call(category, MemberTestData.mobile());
        step(in.staff, id, "accept", Map.of());
        in.due(id, due);
        return id;
    }

    @Test
    void theListHoldsTheOpenOverdueCasesOfTheCallersFederationMostOverdueFirst() {
        var older = acceptedCase(fx, "COMPLAINT", today.minusDays(30));
        var newer = acceptedCase(fx, "CONSULTATION", today.minusDays(10));
        var notYet = acceptedCase(fx, "COMPLAINT", calendar.addWorkingDays(today, 3));
        var other = new AppealDeadlineFixture(accounts, jdbc, federations);
        var foreign = acceptedCase(other, "COMPLAINT", today.minusDays(30));

        var page = fx.staff.get("/api/v1/appeals/overdue");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(ids(page.json())).containsExactly(older, newer).doesNotContain(notYet, foreign);
        assertThat(page.json().get("page").get("totalElements").asLong()).isEqualTo(2);
        var first = page.json().get("content").get(0);
        assertThat(first.get("trackingNumber").asString()).isEqualTo(fx.trackingNumber(older));
        assertThat(first.get("overdueDays").asInt()).isEqualTo(calendar.workingDaysBetween(today.minusDays(30), today));
        assertThat(first.get("title").asString()).startsWith("工程款拖欠");
        assertThat(first.get("categoryName").asString()).isEqualTo("投诉维权");

        assertThat(ids(other.staff.get("/api/v1/appeals/overdue").json())).containsExactly(foreign);
    }

    @Test
    void theListFiltersByCategoryDepartmentAndWorkingDaysOverdueAndPages() {
        var department = fx.department("区法院");
        var older = acceptedCase(fx, "COMPLAINT", today.minusDays(30));
        var newer = acceptedCase(fx, "CONSULTATION", today.minusDays(10));
        step(fx.staff, older, "transfer", Map.of("departmentId", department));
        int newerDays = calendar.workingDaysBetween(today.minusDays(10), today);

        assertThat(ids(fx.staff.get("/api/v1/appeals/overdue?category=CONSULTATION").json())).containsExactly(newer);
        assertThat(ids(fx.staff.get("/api/v1/appeals/overdue?departmentId=" + department).json()))
                .containsExactly(older);
        assertThat(ids(fx.staff.get("/api/v1/appeals/overdue?minDays=" + newerDays).json()))
                .containsExactly(older, newer);
        assertThat(ids(fx.staff.get("/api/v1/appeals/overdue?minDays=" + (newerDays + 1)).json()))
                .containsExactly(older);

        var second = fx.staff.get("/api/v1/appeals/overdue?size=1&page=1").json();
        assertThat(ids(second)).containsExactly(newer);
        assertThat(second.get("page").get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void filtersThatCannotBeReadAreRefusedWithTheirFieldsNamed() {
        var response = fx.staff.get("/api/v1/appeals/overdue?minDays=abc&departmentId=x&size=0");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("minDays", "departmentId", "size", "超期工作日须为 0 至 999 的整数");
    }

    @Test
    void onlyTheFederationsPeopleMayReadTheLists() {
        var liaison = fx.account("oliaison", new RoleGrant(Role.DEPARTMENT_LIAISON, null, null, fx.department("区公安局")));
        assertThat(accounts.api(liaison).get("/api/v1/appeals/overdue").status()).isEqualTo(403);
        assertThat(accounts.sysadmin().get("/api/v1/appeals/supervision").status()).isEqualTo(403);
        var viceChair = fx.account("ovice", RoleGrant.of(Role.VICE_CHAIR));
        assertThat(accounts.api(viceChair).get("/api/v1/appeals/supervision").status()).isEqualTo(200);
    }

    static List<Long> ids(JsonNode page) {
        var ids = new ArrayList<Long>();
        page.get("content").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    static Api api(TestAccounts accounts, String name) {
        return accounts.api(name);
    }
}
