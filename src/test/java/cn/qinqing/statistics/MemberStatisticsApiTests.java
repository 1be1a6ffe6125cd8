package cn.qinqing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.FormerMembers;
import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberType;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * {@code /api/v1/statistics/members}: the contract's shape, the figures over a federation of the
 * test's own (active now, growth from the membership periods, the "三多三少" sides), a chamber
 * secretary's view of its chamber, the year-by-year history and who may ask.
 */
@IntegrationTest
class MemberStatisticsApiTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired MemberService members;
    @Autowired FormerMembers former;
    @Autowired Chambers chambers;
    @Autowired TestAccounts accounts;
    @Autowired MemberStatistics statistics;

    StatisticsWorld world;
    int year;
    long chamber;

    @BeforeEach
    void world() {
        world = new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port);
        year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        chamber = world.chamber("统计测试石油业商会" + world.region);
        // Active since earlier years: a high-tech private enterprise, an individual business, a group, a person.
        world.active(world.organisation(MemberType.ENTERPRISE, "91", true, true, Industry.C, EnterpriseSize.MEDIUM,
                jan(year - 6)), chamber);
        world.active(world.organisation(MemberType.ENTERPRISE, "92", true, false, Industry.F, EnterpriseSize.MICRO,
                jan(year - 2)));
        world.active(world.organisation(MemberType.GROUP, "51", true, false, Industry.S, null, jan(year - 3)));
        world.active(world.individual(true, jan(year - 4)), chamber);
        // Joined this year: an out-of-town individual business and a local person.
        world.active(world.organisation(MemberType.ENTERPRISE, "92", false, false, Industry.F, EnterpriseSize.MICRO,
                jan(year)));
        world.active(world.individual(true, jan(year)));
        // Active at the end of last year, withdrawn today; lapsed three years ago; still applying.
        world.endedToday(world.individual(false, jan(year - 1)));
        world.former(world.individual(true, jan(year - 8)), LocalDate.of(year - 3, 6, 30));
        world.applied(world.organisation(MemberType.ENTERPRISE, "91", true, false, Industry.C, null, null));
    }

    @Test
    void theSummaryHasExactlyTheContractedFields() {
        var json = world.api(world.staff).get("/api/v1/statistics/members").json();
        assertThat(names(json)).containsExactly("total", "byType", "growth", "structure");
        assertThat(names(json.get("byType"))).containsExactly("ENTERPRISE", "GROUP", "INDIVIDUAL");
        assertThat(names(json.get("growth"))).containsExactly("previousYearEnd", "rate");
        assertThat(names(json.get("structure"))).containsExactly("individualBusiness", "privateEnterprise", "local",
                "outOfTown", "traditional", "highTech");
    }

    @Test
    void staffSeeActiveMembersNowAndGrowthAgainstTheEndOfLastYear() {
        var response = world.api(world.staff).get("/api/v1/statistics/members");
        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        // The group counts by type only, not in the total (the seed's 880 = 316 enterprise + 564 individual).
        assertThat(json.get("total").asLong()).isEqualTo(5);
        assertThat(json.get("byType").get("ENTERPRISE").asLong()).isEqualTo(3);
        assertThat(json.get("byType").get("GROUP").asLong()).isEqualTo(1);
        assertThat(json.get("byType").get("INDIVIDUAL").asLong()).isEqualTo(2);
        // Four were members on 31 December: three still active and the one withdrawn today.
        assertThat(json.get("growth").get("previousYearEnd").asLong()).isEqualTo(4);
        assertThat(json.get("growth").get("rate").decimalValue()).isEqualByComparingTo("0.25");
        var structure = json.get("structure");
        assertThat(structure.get("individualBusiness").asLong()).isEqualTo(2);
        assertThat(structure.get("privateEnterprise").asLong()).isEqualTo(1);
        assertThat(structure.get("local").asLong()).isEqualTo(4);
        assertThat(structure.get("outOfTown").asLong()).isEqualTo(1);
        assertThat(structure.get("traditional").asLong()).isEqualTo(2);
        assertThat(structure.get("highTech").asLong()).isEqualTo(1);
    }

    @Test
    void theWorkbenchCardShowsTheSameFiguresAndTheApplicationsWaiting() {
        var home = world.api(world.staff).get("/").body();
        assertThat(home).contains("<span>在册会员</span><strong>5</strong>", "<span>较上年末增长</span><strong>25.0%</strong>",
                "<span>待审核的入会申请</span><strong>1</strong>");
        var secretary = world.api(world.account(Role.CHAMBER_SECRETARY, chamber)).get("/").body();
        assertThat(secretary).contains("<span>在册会员</span><strong>2</strong>",
                "<span>待审核的入会申请</span><strong>0</strong>");
    }

    @Test
    void growthIsNullWhenNobodyWasAMemberAtTheEndOfLastYear() {
        var fresh = new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port);
        fresh.active(fresh.individual(true, jan(year)));
        var json = fresh.api(fresh.staff).get("/api/v1/statistics/members").json();
        assertThat(json.get("total").asLong()).isEqualTo(1);
        assertThat(json.get("growth").get("previousYearEnd").asLong()).isZero();
        assertThat(json.get("growth").get("rate").isNull()).isTrue();
    }

    @Test
    void aChamberSecretarySeesOnlyItsChambersMembers() {
        var secretary = world.account(Role.CHAMBER_SECRETARY, chamber);
        var json = world.api(secretary).get("/api/v1/statistics/members").json();
        assertThat(json.get("total").asLong()).isEqualTo(2);
        assertThat(json.get("byType").get("ENTERPRISE").asLong()).isEqualTo(1);
        assertThat(json.get("byType").get("INDIVIDUAL").asLong()).isEqualTo(1);
        assertThat(json.get("structure").get("highTech").asLong()).isEqualTo(1);
        var chambersSeen = world.api(secretary).get("/api/v1/statistics/members/breakdowns").json().get("chambers");
        assertThat(chambersSeen).hasSize(1);
        assertThat(chambersSeen.get(0).get("count").asLong()).isEqualTo(2);
    }

    @Test
    void historyGivesEachYearAsOfItsLastDayAndThisYearAsOfToday() {
        var response = world.api(world.staff).get("/api/v1/statistics/members/history?years=5");
        assertThat(response.status()).isEqualTo(200);
        var years = response.json().get("years");
        assertThat(years).hasSize(5);
        assertThat(years.get(0).get("asOf").asString()).isEqualTo((year - 4) + "-12-31");
        assertThat(years.get(4).get("asOf").asString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        // year-4: the enterprise (since year-6), the person (since year-4), the lapsed one (until year-3);
        // the group (since year-3) counts by type only.
        assertThat(totals(years)).containsExactly(3L, 2L, 3L, 4L, 5L);
        assertThat(years.get(1).get("byType").get("GROUP").asLong()).isEqualTo(1);
        assertThat(years.get(0).get("byType").get("INDIVIDUAL").asLong()).isEqualTo(2);
        assertThat(years.get(2).get("structure").get("individualBusiness").asLong()).isEqualTo(1);
        assertThat(years.get(4).get("structure").get("outOfTown").asLong()).isEqualTo(1);
    }

    @Test
    void breakdownsCountActiveMembersByChamberIndustryAndSize() {
        var json = world.api(world.staff).get("/api/v1/statistics/members/breakdowns").json();
        assertThat(json.get("chambers")).hasSize(1);
        assertThat(json.get("chambers").get(0).get("label").asString()).isEqualTo("统计测试石油业商会" + world.region);
        assertThat(json.get("chambers").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(count(json.get("industries"), "C")).isEqualTo(1);
        assertThat(count(json.get("industries"), "F")).isEqualTo(2);
        assertThat(count(json.get("industries"), "S")).isEqualTo(1);
        assertThat(count(json.get("industries"), "NONE")).as("people have no industry of their own").isZero();
        assertThat(json.get("industries")).hasSize(21);
        assertThat(label(json.get("industries"), "I")).isEqualTo("信息传输、软件和信息技术服务业");
        assertThat(count(json.get("sizes"), "MICRO")).isEqualTo(2);
        assertThat(count(json.get("sizes"), "MEDIUM")).isEqualTo(1);
        assertThat(count(json.get("sizes"), "NONE")).isEqualTo(1);
    }

    @Test
    void theDashboardsSingleReadEqualsItsPartsReadApart() {
        for (int years : new int[] {5, 1}) {
            world.as(world.staff, () -> {
                var overview = statistics.overview(years);
                assertThat(overview.summary()).isEqualTo(statistics.summary());
                assertThat(overview.history()).isEqualTo(statistics.history(years)).hasSize(years);
                assertThat(overview.breakdowns()).isEqualTo(statistics.breakdowns());
                return null;
            });
        }
        assertThat(world.as(world.staff, () -> statistics.overview(5)).summary().growth().previousYearEnd()).isEqualTo(4);
    }

    @Test
    void yearsOutsideOneToThirtyAreRefusedWithTheField() {
        var response = world.api(world.staff).get("/api/v1/statistics/members/history?years=31");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("years");
        assertThat(response.body()).contains("30");
        assertThat(world.api(world.staff).get("/api/v1/statistics/members/history?years=0").status()).isEqualTo(400);
    }

    @Test
    void administratorsAndAccountsWithoutAScopeAreRefused() {
        for (var admin : List.of(accounts.sysadmin(), accounts.secadmin(), accounts.auditadmin())) {
            assertThat(admin.get("/api/v1/statistics/members").status()).isEqualTo(403);
            assertThat(admin.get("/api/v1/statistics/members/history").status()).isEqualTo(403);
        }
        var roleless = world.account(null, null);
        assertThat(world.api(roleless).get("/api/v1/statistics/members/breakdowns").status()).isEqualTo(403);
        assertThat(cn.qinqing.support.Api.anonymous(port).get("/api/v1/statistics/members").status()).isEqualTo(401);
    }

    @Test
    void figuresOfOneFederationStayOutOfASiblingsFigures() {
        var homeLeader = accounts.api(accounts.create("statleader", Role.LEADER));
        var homeBefore = homeLeader.get("/api/v1/statistics/members").json().get("total").asLong();
        world.active(world.individual(true, jan(year - 1)));
        assertThat(world.api(world.staff).get("/api/v1/statistics/members").json().get("total").asLong()).isEqualTo(6);
        assertThat(homeLeader.get("/api/v1/statistics/members").json().get("total").asLong()).isEqualTo(homeBefore);
    }

    @Test
    void everyChangeToTheRollShowsInTheNextAnswer() {
        var api = world.api(world.staff);
        assertThat(api.get("/api/v1/statistics/members").json().get("total").asLong()).isEqualTo(5);
        assertThat(api.get("/api/v1/statistics/members/history?years=2").json().get("years").get(0).get("total").asLong())
                .isEqualTo(4);
        var joined = world.active(world.individual(true, jan(year - 1)));
        assertThat(api.get("/api/v1/statistics/members").json().get("total").asLong()).isEqualTo(6);
        assertThat(api.get("/api/v1/statistics/members").json().get("growth").get("previousYearEnd").asLong()).isEqualTo(5);
        world.as(world.staff, () -> members.end(joined, cn.qinqing.member.MemberStatus.LAPSED, "统计测试失效"));
        assertThat(api.get("/api/v1/statistics/members").json().get("total").asLong()).isEqualTo(5);
        assertThat(api.get("/api/v1/statistics/members/history?years=3").json().get("years").get(0).get("total").asLong())
                .isEqualTo(3);
        world.former(world.individual(true, jan(year - 3)), LocalDate.of(year - 1, 12, 31).minusDays(1));
        assertThat(api.get("/api/v1/statistics/members/history?years=2").json().get("years").get(0).get("total").asLong())
                .as("the one who lapsed today was a member at the end of last year").isEqualTo(5);
        assertThat(api.get("/api/v1/statistics/members/history?years=3").json().get("years").get(0).get("total").asLong())
                .as("a back-filled membership counts in the years it covered").isEqualTo(4);
        jdbc.sql("update member set local = false where federation_id = ? and type = 'INDIVIDUAL' and status = 'ACTIVE'")
                .param(world.federationId).update();
        assertThat(api.get("/api/v1/statistics/members").json().get("structure").get("outOfTown").asLong()).isEqualTo(3);
    }

    private static LocalDate jan(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static List<String> names(JsonNode node) {
        var names = new ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<Long> totals(JsonNode years) {
        var totals = new ArrayList<Long>();
        years.forEach(y -> totals.add(y.get("total").asLong()));
        return totals;
    }

    private static long count(JsonNode rows, String key) {
        for (var row : rows) {
            if (row.get("key").asString().equals(key)) {
                return row.get("count").asLong();
            }
        }
        throw new AssertionError("no row " + key);
    }

    private static String label(JsonNode rows, String key) {
        for (var row : rows) {
            if (row.get("key").asString().equals(key)) {
                return row.get("label").asString();
            }
        }
        throw new AssertionError("no row " + key);
    }
}
