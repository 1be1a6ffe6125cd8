package cn.qinqing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.FormerMembers;
import cn.qinqing.member.MemberService;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/statistics/appeals}: the period from the query (400 with a Chinese message per
 * field for a date that is not one, an end before the start, more than 366 days), the current month by
 * default, and who may ask (federation staff, leaders and vice-chairs; nobody else).
 */
@IntegrationTest
class AppealStatisticsApiTests {

    static final String PATH = "/api/v1/statistics/appeals";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired MemberService members;
    @Autowired FormerMembers former;
    @Autowired Chambers chambers;
    @Autowired TestAccounts accounts;
    @Autowired Clock clock;

    StatisticsWorld world;

    @BeforeEach
    void world() {
        world = new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port);
    }

    @Test
    void datesThatAreNotDatesAreRefusedWithAMessagePerField() {
        var response = world.api(world.staff).get(PATH + "?from=2026-13-01&to=2026-02-30");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(errors(response.json())).containsExactly("from: 日期格式应为 YYYY-MM-DD，例如 2026-03-01",
                "to: 日期格式应为 YYYY-MM-DD，例如 2026-03-01");
        assertThat(errors(world.api(world.staff).get(PATH + "?from=3月1日").json()))
                .containsExactly("from: 日期格式应为 YYYY-MM-DD，例如 2026-03-01");
        assertThat(errors(world.api(world.staff).get(PATH + "?from=1999-12-31&to=2000-01-31").json()))
                .containsExactly("from: 日期须在 2000-01-01 至 2999-12-31 之间");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        var response = world.api(world.staff).get(PATH + "?from=2026-03-10&to=2026-03-09");
        assertThat(response.status()).isEqualTo(400);
        assertThat(errors(response.json())).containsExactly("to: 结束日期不能早于开始日期");
    }

    @Test
    void aPeriodOfMoreThan366DaysIsRefusedAndALeapYearIsNot() {
        var tooLong = world.api(world.staff).get(PATH + "?from=2025-01-01&to=2026-01-02");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(errors(tooLong.json())).containsExactly("to: 统计期间不能超过 366 天");
        var leapYear = world.api(world.staff).get(PATH + "?from=2024-01-01&to=2024-12-31");
        assertThat(leapYear.status()).as(leapYear.body()).isEqualTo(200);
        assertThat(leapYear.json().get("period").get("to").asString()).isEqualTo("2024-12-31");
    }

    @Test
    void withoutDatesTheCurrentMonthIsCountedAndOneDateMeansTheRestOfItsMonth() {
        var month = YearMonth.from(LocalDate.now(clock));
        var current = world.api(world.staff).get(PATH).json();
        assertThat(current.get("period").get("from").asString()).isEqualTo(month.atDay(1).toString());
        assertThat(current.get("period").get("to").asString()).isEqualTo(month.atEndOfMonth().toString());
        assertThat(current.get("asOf").asString()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(current.get("total").get("counters").get("received").asLong()).isZero();
        assertThat(current.get("units").size()).isZero();
        assertThat(current.get("scopeName").asString()).isEqualTo("统计测试区工商联" + world.region);

        var fromOnly = world.api(world.staff).get(PATH + "?from=2026-02-10").json();
        assertThat(fromOnly.get("period").get("to").asString()).isEqualTo("2026-02-28");
        var toOnly = world.api(world.staff).get(PATH + "?to=2024-02-10").json();
        assertThat(toOnly.get("period").get("from").asString()).isEqualTo("2024-02-01");
    }

    @Test
    void leadersAndViceChairsMayAskButNobodyElse() {
        assertThat(world.api(world.account(Role.LEADER, null)).get(PATH).status()).isEqualTo(200);
        assertThat(world.api(world.account(Role.VICE_CHAIR, null)).get(PATH).status()).isEqualTo(200);
        var chamber = world.chamber("诉求统计测试商会" + world.region);
        assertThat(world.api(world.account(Role.CHAMBER_SECRETARY, chamber)).get(PATH).status()).isEqualTo(403);
        assertThat(world.api(world.account(null, null)).get(PATH).status()).isEqualTo(403);
        var department = jdbc.sql("insert into department (federation_id, name, kind) values (?, ?, 'TAX') returning id")
                .params(world.federationId, "统计测试税务局" + world.region).query(Long.class).single();
        var liaison = accounts.createBound("astats", new RoleGrant(Role.DEPARTMENT_LIAISON, null, null, department));
        assertThat(accounts.api(liaison).get(PATH).status()).isEqualTo(403);
        accounts.adminsReady();
        for (var admin : TestAccounts.ADMINS) {
            var response = accounts.api(admin).get(PATH);
            assertThat(response.status()).as(admin).isEqualTo(403);
            assertThat(response.json().get("detail").asString()).isNotBlank();
        }
        assertThat(cn.qinqing.support.Api.anonymous(port).get(PATH).status()).isEqualTo(401);
    }

    static List<String> errors(JsonNode problem) {
        var errors = new ArrayList<String>();
        problem.get("errors").forEach(e -> errors.add(e.get("field").asString() + ": " + e.get("message").asString()));
        return errors;
    }
}
