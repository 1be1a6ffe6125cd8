package cn.qinqing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.FormerMembers;
import cn.qinqing.member.ImportMode;
import cn.qinqing.member.ImportSink;
import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberImport;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberStatus;
import cn.qinqing.member.MemberType;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.IdNumber;
import cn.qinqing.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The breakdowns by chamber, industry and size come from the per-federation cache (V4_6) and equal a
 * live count of the members after every kind of change: an import, joining or leaving a chamber, an
 * ended membership, a change in another federation (recounted alone). A city federation of the test's
 * own with a district below it; a city member also belongs to a district chamber.
 */
@IntegrationTest
class MemberBreakdownCacheTests {

    private static final Random RANDOM = new Random();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired MemberService members;
    @Autowired FormerMembers former;
    @Autowired Chambers chambers;
    @Autowired MemberImport memberImport;
    @Autowired MemberStatistics statistics;
    @Autowired MemberFigures figures;

    StatisticsWorld city;
    StatisticsWorld district;
    long cityChamber;
    long districtChamber;
    String districtChamberName;
    long districtEnterprise;
    long districtPerson;
    long cityPerson;

    @BeforeEach
    void worlds() {
        city = new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port);
        district = new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port, city);
        cityChamber = city.chamber("缓存测试市商会" + city.region);
        districtChamberName = "缓存测试区商会" + district.region;
        districtChamber = district.chamber(districtChamberName);
        var joined = LocalDate.of(2020, 3, 1);
        city.active(city.organisation(MemberType.ENTERPRISE, "91", true, true, Industry.C, EnterpriseSize.MEDIUM, joined),
                cityChamber, districtChamber);
        cityPerson = city.active(city.individual(true, joined), cityChamber);
        city.active(city.organisation(MemberType.GROUP, "51", true, false, Industry.S, null, joined));
        districtEnterprise = district.active(district.organisation(MemberType.ENTERPRISE, "92", true, false, Industry.F,
                EnterpriseSize.MICRO, joined), districtChamber);
        districtPerson = district.active(district.individual(true, joined));
    }

    @Test
    void anUnchangedFederationIsAnsweredFromTheCacheAndAChangedOneIsRecounted() {
        var before = cached(district);
        jdbc.sql("update member_breakdown_facet set members = members + 7 where federation_id = ? and facet = 'S' and value = 'MICRO'")
                .param(district.federationId).update();
        assertThat(count(cached(district).sizes(), "MICRO")).as("served from the cache").isEqualTo(count(before.sizes(), "MICRO") + 7);
        jdbc.sql("update member set updated_at = now() where id = ?").param(districtPerson).update();
        assertThat(count(cached(district).sizes(), "MICRO")).as("recounted after a change").isEqualTo(1);
        assertCacheEqualsLiveCount();
    }

    @Test
    void aMemberOfTheFederationAboveCountsInAChamberBelowOnlyForTheFederationAbove() {
        assertThat(count(cached(city).chambers(), String.valueOf(districtChamber))).isEqualTo(2);
        assertThat(count(cached(district).chambers(), String.valueOf(districtChamber))).isEqualTo(1);
        assertThat(cached(district).chambers()).extracting(Breakdowns.Count::key).containsExactly(String.valueOf(districtChamber));
        assertThat(cached(city).chambers()).extracting(Breakdowns.Count::label)
                .containsExactlyInAnyOrder("缓存测试区商会" + district.region, "缓存测试市商会" + city.region);
        assertCacheEqualsLiveCount();
    }

    @Test
    void anImportShowsInTheBreakdowns() throws IOException {
        var before = cached(district);
        var file = Files.createTempFile("breakdown-import", ".xlsx");
        try {
            Files.write(file, roll(List.of(
                    List.of("企业会员", "缓存测试导入企业" + RANDOM.nextInt(1_000_000), code(district.region), "法人", "",
                            mobile(), "I", "", "大", "否", districtChamberName, "2024-05-01"),
                    List.of("个人会员", "缓存测试导入个人" + RANDOM.nextInt(1_000_000), "", "", idNumber(district.region),
                            mobile(), "", "", "", "", districtChamberName, "2024-05-01"))));
            var result = district.as(district.staff, () -> memberImport.run(file, ImportMode.SKIP, false, ImportSink.NONE));
            assertThat(result.imported()).as(result.errors().toString()).isEqualTo(2);
        } finally {
            Files.deleteIfExists(file);
        }
        var after = cached(district);
        assertThat(count(after.chambers(), String.valueOf(districtChamber))).isEqualTo(count(before.chambers(), String.valueOf(districtChamber)) + 2);
        assertThat(count(after.industries(), "I")).isEqualTo(count(before.industries(), "I") + 1);
        assertThat(count(after.sizes(), "LARGE")).isEqualTo(count(before.sizes(), "LARGE") + 1);
        assertCacheEqualsLiveCount();
    }

    @Test
    void joiningAndLeavingAChamberShowsInTheBreakdownsOfBothFederations() {
        var key = String.valueOf(districtChamber);
        assertThat(count(cached(district).chambers(), key)).isEqualTo(1);
        assertThat(count(cached(city).chambers(), key)).isEqualTo(2);
        // Straight into the table, the member row untouched: the chamber trigger alone must bump the version.
        jdbc.sql("insert into member_chamber (member_id, chamber_id) values (?, ?)").params(districtPerson, districtChamber).update();
        assertThat(count(cached(district).chambers(), key)).isEqualTo(2);
        assertThat(count(cached(city).chambers(), key)).isEqualTo(3);
        assertCacheEqualsLiveCount();
        jdbc.sql("delete from member_chamber where member_id = ? and chamber_id = ?").params(districtEnterprise, districtChamber).update();
        assertThat(count(cached(district).chambers(), key)).isEqualTo(1);
        assertThat(count(cached(city).chambers(), key)).isEqualTo(2);
        assertCacheEqualsLiveCount();
        // A row moved from a district member to a city member: the district loses it, the city keeps it.
        jdbc.sql("update member_chamber set member_id = ? where member_id = ? and chamber_id = ?")
                .params(cityPerson, districtPerson, districtChamber).update();
        assertThat(count(cached(district).chambers(), key)).isZero();
        assertThat(count(cached(city).chambers(), key)).isEqualTo(2);
        assertCacheEqualsLiveCount();
    }

    @Test
    void anEndedMembershipLeavesTheBreakdowns() {
        var before = cached(district);
        district.as(district.staff, () -> members.end(districtEnterprise, MemberStatus.LAPSED, "缓存测试失效"));
        var after = cached(district);
        assertThat(count(after.chambers(), String.valueOf(districtChamber))).isEqualTo(count(before.chambers(), String.valueOf(districtChamber)) - 1);
        assertThat(count(after.industries(), "F")).isEqualTo(count(before.industries(), "F") - 1);
        assertThat(count(after.sizes(), "MICRO")).isEqualTo(count(before.sizes(), "MICRO") - 1);
        assertCacheEqualsLiveCount();
    }

    @Test
    void aChangeInAnotherFederationRecountsThatFederationAlone() {
        cached(city);
        var cityState = stateRow(city);
        var districtState = stateRow(district);
        jdbc.sql("update member set size = 'LARGE' where id = ?").param(districtEnterprise).update();
        var after = cached(city);
        assertThat(count(after.sizes(), "LARGE")).isEqualTo(1);
        assertThat(count(after.sizes(), "MICRO")).isZero();
        assertThat(stateRow(city)).as("the city's cached rows were left alone").isEqualTo(cityState);
        assertThat(stateRow(district)).as("the district was recounted").isNotEqualTo(districtState);
        assertCacheEqualsLiveCount();
    }

    /** The breakdowns as the world's staff gets them (from the cache). */
    private Breakdowns cached(StatisticsWorld world) {
        return world.as(world.staff, statistics::breakdowns);
    }

    /** For the city and the district staff alike, the cached breakdowns equal the members counted now. */
    private void assertCacheEqualsLiveCount() {
        for (var world : List.of(city, district)) {
            var live = world.as(world.staff, () -> MemberStatistics.labelled(figures.liveBreakdowns(CurrentUser.get().scope())));
            assertThat(cached(world)).as("federation " + world.region).isEqualTo(live);
        }
    }

    /** The row version of the federation's cache state: it changes only when the federation is recounted. */
    private String stateRow(StatisticsWorld world) {
        return jdbc.sql("select xmin::text || '/' || version from member_breakdown_state where federation_id = ?")
                .param(world.federationId).query(String.class).single();
    }

    private static long count(List<Breakdowns.Count> rows, String key) {
        return rows.stream().filter(r -> r.key().equals(key)).mapToLong(Breakdowns.Count::count).sum();
    }

    private static byte[] roll(List<List<String>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("会员");
            var header = sheet.createRow(0);
            var headers = cn.qinqing.member.ImportColumn.headers();
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String code(String region) {
        return CreditCode.fromPrefix("91" + region + "QB" + String.format("%07d", RANDOM.nextInt(10_000_000))).value();
    }

    private static String idNumber(String region) {
        var first17 = region + "19850203" + String.format("%03d", RANDOM.nextInt(1000));
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String mobile() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }
}
