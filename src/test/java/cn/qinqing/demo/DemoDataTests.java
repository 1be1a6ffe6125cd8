package cn.qinqing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.IdNumber;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo district (qinqing.demo=true) has the seed's figures exactly. It runs in a Spring context of
 * its own with an embedded PostgreSQL of its own (an empty datasource URL, so even when the suite runs
 * against an external server), because other tests add members to the same home federation. The context is
 * shared with {@link DemoCasesTests} and {@link DemoTourBrowserTest}: failsafe runs the three together
 * ({@code ./mvnw verify -Dit.test='Demo*' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}); surefire
 * still runs this class when asked by name ({@code -Dtest=DemoDataTests}).
 */
@IntegrationTest
@TestPropertySource(properties = {"qinqing.demo=true", "spring.datasource.url="})
class DemoDataTests {

    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Federations federations;
    @Autowired PersonalDataCipher cipher;
    @Autowired DemoData demo;

    @Test
    void theStatisticsShowTheSeedsFiguresExactly() {
        var staff = accounts.api(accounts.create("demostaff", Role.STAFF));
        var json = staff.get("/api/v1/statistics/members").json();
        assertThat(json.get("total").asLong()).isEqualTo(880);
        assertThat(json.get("byType").get("ENTERPRISE").asLong()).isEqualTo(316);
        assertThat(json.get("byType").get("GROUP").asLong()).isEqualTo(20);
        assertThat(json.get("byType").get("INDIVIDUAL").asLong()).isEqualTo(564);
        assertThat(json.get("growth").get("previousYearEnd").asLong()).isEqualTo(800);
        assertThat(json.get("growth").get("rate").decimalValue()).isEqualByComparingTo("0.1");
    }

    @Test
    void theStructureShowsTheThreeManyThreeFew() {
        var json = accounts.api(accounts.create("demostaff", Role.STAFF)).get("/api/v1/statistics/members").json();
        var s = json.get("structure");
        assertThat(s.get("individualBusiness").asLong()).isEqualTo(DemoRoll.INDIVIDUAL_BUSINESSES);
        assertThat(s.get("privateEnterprise").asLong()).isEqualTo(DemoRoll.PRIVATE_ENTERPRISES);
        assertThat(s.get("local").asLong()).isGreaterThan(5 * s.get("outOfTown").asLong()).isLessThan(880);
        assertThat(s.get("traditional").asLong()).isGreaterThan(5 * s.get("highTech").asLong());
        assertThat(s.get("highTech").asLong()).isPositive();
        assertThat(s.get("local").asLong() + s.get("outOfTown").asLong()).isEqualTo(880);
        assertThat(s.get("traditional").asLong() + s.get("highTech").asLong()).isEqualTo(316);
    }

    @Test
    void membersAtTheEndOfEachPastYearComeFromConsistentPeriods() {
        var lastYearEnd = LocalDate.of(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1, 12, 31);
        long covering = jdbc.sql("""
                select count(distinct member_id) from member_period
                 where started_on <= ? and (ended_on is null or ended_on > ?)""")
                .params(lastYearEnd, lastYearEnd).query(Long.class).single();
        assertThat(covering).as("800 enterprise and individual members and the 20 groups").isEqualTo(820);
        assertThat(jdbc.sql("select count(*) from member where status = 'ACTIVE' and not exists "
                + "(select 1 from member_period p where p.member_id = member.id and p.ended_on is null)")
                .query(Long.class).single()).as("every active member has an open period").isZero();
        assertThat(jdbc.sql("select count(*) from member where status in ('LAPSED', 'WITHDRAWN')").query(Long.class).single())
                .isEqualTo(DemoRoll.ENDED_THIS_YEAR + DemoRoll.ENDED_EARLIER);
        var history = accounts.api(accounts.create("demostaff", Role.STAFF))
                .get("/api/v1/statistics/members/history?years=3").json().get("years");
        assertThat(history.get(1).get("total").asLong()).isEqualTo(800);
        assertThat(history.get(2).get("total").asLong()).isEqualTo(880);
        assertThat(history.get(0).get("total").asLong()).isLessThan(800);
    }

    @Test
    void theChambersIncludeThePetroleumChamberAndOneForEachSubdistrictAndTown() {
        var names = jdbc.sql("select name from chamber").query(String.class).list();
        assertThat(names).hasSizeGreaterThanOrEqualTo(12)
                .contains("石油业商会", "河口街道商会", "六合街道商会", "义和镇商会", "仙河镇商会", "孤岛镇商会", "新户镇商会");
        assertThat(jdbc.sql("select count(*) from chamber where kind = 'SUBDISTRICT'").query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select count(distinct kind) from chamber where kind in ('INDUSTRY', 'OUT_OF_TOWN', 'HOMETOWN')")
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select credit_code from chamber").query(String.class).list())
                .allSatisfy(code -> assertThat(CreditCode.isValid(code)).isTrue())
                .allSatisfy(code -> assertThat(code).startsWith("51").contains("QQ"));
        assertThat(jdbc.sql("select count(*) from chamber where president is null or secretary_general is null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct chamber_id) from chamber_five_has").query(Long.class).single())
                .isEqualTo(names.size());
        assertThat(jdbc.sql("select count(*) from member_chamber mc join chamber c on c.id = mc.chamber_id where c.name = '石油业商会'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void thePartyOrganisationsAreOneGroupOneSectorCommitteeAndThirteenBranches() {
        assertThat(count("PARTY_GROUP")).isEqualTo(1);
        assertThat(count("SECTOR_COMMITTEE")).isEqualTo(1);
        assertThat(count("BRANCH")).isEqualTo(13);
        assertThat(jdbc.sql("select min(member_count) from party_organisation").query(Integer.class).single()).isPositive();
    }

    @Test
    void staffingWentFromThreeCadresOnThreePostsIn2016ToSixCadresOnFourPosts() {
        var home = federations.home().id();
        assertThat(jdbc.sql("select authorised || '/' || cadres from federation_staffing where federation_id = ? and year = 2016")
                .param(home).query(String.class).single()).isEqualTo("3/3");
        assertThat(jdbc.sql("select authorised || '/' || cadres from federation_staffing where federation_id = ? and year = ?")
                .params(home, LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()).query(String.class).single()).isEqualTo("4/6");
    }

    @Test
    void theFirmsTheSeedNamesAreActiveMembers() {
        assertThat(jdbc.sql("select name from member where status = 'ACTIVE' and name in ('通海集团有限公司', '黄河三角洲酒业有限公司')")
                .query(String.class).list()).containsExactlyInAnyOrder("通海集团有限公司", "黄河三角洲酒业有限公司");
    }

    @Test
    void everyCreditCodeIdNumberAndMobileIsCheckValidAndRecognisablyMadeUp() {
        assertThat(jdbc.sql("select credit_code from member where credit_code is not null").query(String.class).list())
                .hasSizeGreaterThan(300)
                .allSatisfy(code -> {
                    assertThat(CreditCode.isValid(code)).as(code).isTrue();
                    assertThat(code.substring(8, 10)).isEqualTo("QQ");
                });
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var ids = jdbc.sql("select id_number_cipher from member where id_number_cipher is not null")
                .query((rs, n) -> cipher.decrypt(rs.getBytes(1))).list();
        assertThat(ids).hasSizeGreaterThan(560).doesNotHaveDuplicates().allSatisfy(id -> {
            assertThat(IdNumber.validate(id, today)).as(id).isEmpty();
            assertThat(id.substring(14, 16)).as("sequence 990-999").isEqualTo("99");
        });
        assertThat(jdbc.sql("select mobile_cipher from member where mobile_cipher is not null")
                .query((rs, n) -> cipher.decrypt(rs.getBytes(1))).list())
                .allSatisfy(mobile -> assertThat(mobile).matches("1700000\\d{4}"));
    }

    @Test
    void theRollHoldsOnlyTheDemosMembersSoThisContextHasADatabaseOfItsOwn() {
        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single())
                .isEqualTo(900 + DemoRoll.ENDED_THIS_YEAR + DemoRoll.ENDED_EARLIER + DemoRoll.APPLICATIONS);
    }

    @Test
    void runningAgainChangesNothing() throws Exception {
        long members = jdbc.sql("select count(*) from member").query(Long.class).single();
        long audit = jdbc.sql("select count(*) from audit_record").query(Long.class).single();
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single()).isEqualTo(members);
        assertThat(jdbc.sql("select count(*) from audit_record").query(Long.class).single()).isEqualTo(audit);
        assertThat(jdbc.sql("select members from demo_data_load").query(Integer.class).single()).isEqualTo((int) members);
    }

    @Test
    void theDemoAccountIsStaffWithAOneTimePassword() {
        assertThat(jdbc.sql("select must_change_password from app_user where username = 'demo'").query(Boolean.class).single())
                .isTrue();
        assertThat(jdbc.sql("select role from user_role r join app_user u on u.id = r.user_id where u.username = 'demo'")
                .query(String.class).list()).containsExactly("STAFF");
        assertThat(jdbc.sql("select count(*) from audit_record where username = 'demo-data' and action = 'MEMBER_APPROVE'")
                .query(Long.class).single()).isEqualTo(900 + DemoRoll.ENDED_THIS_YEAR);
    }

    private long count(String kind) {
        return jdbc.sql("select count(*) from party_organisation where kind = ?").param(kind).query(Long.class).single();
    }
}
