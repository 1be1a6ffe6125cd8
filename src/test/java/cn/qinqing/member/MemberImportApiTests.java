package cn.qinqing.member;

import static cn.qinqing.member.ImportFixture.enterprise;
import static cn.qinqing.member.ImportFixture.importFile;
import static cn.qinqing.member.ImportFixture.individual;
import static cn.qinqing.member.ImportFixture.with;
import static cn.qinqing.member.ImportFixture.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The import API end to end: stored members, counts, duplicates, upsert, dry run, re-import, access. */
@IntegrationTest
class MemberImportApiTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ImportFixture fixture;
    @Autowired
    JdbcClient jdbc;

    String staff;

    @BeforeEach
    void staff() {
        staff = accounts.create("importer", Role.STAFF);
    }

    @Test
    void validRowsBecomeActiveMembersWithNumberPeriodChambersTimelineAndEncryptedData() {
        var u = ImportFixture.unique();
        long chamberA = fixture.chamber("导入测试商会甲" + u);
        long chamberB = fixture.chamber("导入测试商会乙" + u);
        var firm = with(enterprise("导入测试科技有限公司" + u), ImportColumn.CHAMBERS, "导入测试商会甲" + u + "、导入测试商会乙" + u);
        var person = individual("导入测试张" + u);

        var response = importFile(accounts.api(staff), xlsx(List.of(firm, person)), null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("imported").asInt()).isEqualTo(2);
        assertThat(json.get("updated").asInt()).isZero();
        assertThat(json.get("duplicates").asInt()).isZero();
        assertThat(json.get("rejected").asInt()).isZero();
        assertThat(json.get("errors").size()).isZero();
        var stored = jdbc.sql("""
                select id, status, member_number, joined_on, applied_on, local, kind, industry, size, high_tech,
                       mobile_masked, mobile_cipher is not null as encrypted, search_text
                  from member where name = ?""").param("导入测试科技有限公司" + u)
                .query((rs, n) -> java.util.Map.of("id", rs.getLong(1), "status", rs.getString(2),
                        "number", rs.getString(3), "joined", rs.getDate(4).toString(), "applied", rs.getDate(5).toString(),
                        "local", rs.getBoolean(6), "kind", rs.getString(7), "industry", rs.getString(8),
                        "size", rs.getString(9), "mobile", rs.getString(11) + rs.getBoolean(12) + rs.getString(13)))
                .single();
        assertThat(stored.get("status")).isEqualTo("ACTIVE");
        assertThat((String) stored.get("number")).matches("370503-\\d{4}-\\d{4,}");
        assertThat(stored.get("joined")).isEqualTo("2023-05-01");
        assertThat(stored.get("applied")).isEqualTo("2023-05-01");
        assertThat(stored.get("local")).isEqualTo(true);
        assertThat(stored.get("kind")).isEqualTo("PRIVATE_ENTERPRISE");
        assertThat(stored.get("industry")).isEqualTo("C");
        assertThat(stored.get("size")).isEqualTo("SMALL");
        assertThat((String) stored.get("mobile")).startsWith("139****").contains("true").contains("daoru");
        long id = (Long) stored.get("id");
        assertThat(jdbc.sql("select chamber_id from member_chamber where member_id = ? order by chamber_id").param(id)
                .query(Long.class).list()).containsExactly(chamberA, chamberB);
        assertThat(jdbc.sql("select started_on::text from member_period where member_id = ?").param(id)
                .query(String.class).list()).containsExactly("2023-05-01");
        assertThat(jdbc.sql("select action || ':' || actor from member_event where member_id = ?").param(id)
                .query(String.class).list()).containsExactly("IMPORTED:" + staff);
        var personRow = jdbc.sql("select id_number_masked, id_number_index is not null, birth_date::text from member where name = ?")
                .param("导入测试张" + u).query((rs, n) -> rs.getString(1) + "|" + rs.getBoolean(2) + "|" + rs.getString(3))
                .single();
        assertThat(personRow).matches("370503\\*{8}\\d{3}[0-9X]\\|true\\|19\\d\\d-\\d\\d-\\d\\d");
    }

    @Test
    void importIsAuditedWithItsCounts() {
        var u = ImportFixture.unique();
        var response = importFile(accounts.api(staff), xlsx(List.of(enterprise("审计导入" + u),
                with(enterprise("审计导入坏" + u), ImportColumn.MOBILE, "12345"))), null);

        assertThat(response.status()).isEqualTo(200);
        var detail = jdbc.sql("select detail from audit_record where username = ? and action = 'MEMBER_IMPORT' and result = 'SUCCESS'")
                .param(staff).query(String.class).single();
        assertThat(detail).contains("imported=1").contains("rejected=1").contains("duplicates=0").contains("mode=skip");
    }

    @Test
    void reimportingTheSameFileAddsNothing() {
        var u = ImportFixture.unique();
        var file = xlsx(List.of(enterprise("重导甲" + u), individual("重导乙" + u)));
        var api = accounts.api(staff);
        assertThat(importFile(api, file, null).json().get("imported").asInt()).isEqualTo(2);

        var again = importFile(api, file, null).json();

        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(2);
        assertThat(again.get("errors").size()).isEqualTo(2);
        assertThat(again.get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(again.get("errors").get(0).get("column").asText()).isEqualTo("统一社会信用代码");
        assertThat(again.get("errors").get(1).get("row").asInt()).isEqualTo(3);
        assertThat(again.get("errors").get(1).get("column").asText()).isEqualTo("身份证号");
        assertThat(fixture.countByName("重导甲" + u)).isEqualTo(1);
        assertThat(fixture.countByName("重导乙" + u)).isEqualTo(1);
    }

    @Test
    void aDuplicateWithinTheFileIsSkippedAndNamesTheEarlierRow() {
        var u = ImportFixture.unique();
        var first = enterprise("文件内重复" + u);
        var second = with(enterprise("文件内重复二" + u), ImportColumn.CREDIT_CODE, first.get(2));
        var person = individual("文件内重复人" + u);
        var samePerson = with(individual("文件内重复人二" + u), ImportColumn.ID_NUMBER, " " + person.get(4) + " ");

        var json = importFile(accounts.api(staff), xlsx(List.of(first, second, person, samePerson)), null).json();

        assertThat(json.get("imported").asInt()).isEqualTo(2);
        assertThat(json.get("duplicates").asInt()).isEqualTo(2);
        assertThat(json.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(json.get("errors").get(0).get("message").asText()).contains("第 2 行");
        assertThat(json.get("errors").get(1).get("row").asInt()).isEqualTo(5);
        assertThat(json.get("errors").get(1).get("message").asText()).contains("第 4 行");
        assertThat(fixture.countByName("文件内重复二" + u)).isZero();
    }

    @Test
    void upsertUpdatesTheExistingMemberAndKeepsWhatTheRowLeavesEmpty() {
        var u = ImportFixture.unique();
        var original = with(enterprise("更新前" + u), ImportColumn.HIGH_TECH, "是");
        var api = accounts.api(staff);
        importFile(api, xlsx(List.of(original)), null);
        var changed = with(with(with(with(original, ImportColumn.NAME, "更新后" + u), ImportColumn.MOBILE, null),
                ImportColumn.SIZE, "大型"), ImportColumn.HIGH_TECH, null);

        var json = importFile(api, xlsx(List.of(changed)), "mode=upsert").json();

        assertThat(json.get("imported").asInt()).isZero();
        assertThat(json.get("updated").asInt()).isEqualTo(1);
        assertThat(json.get("duplicates").asInt()).isEqualTo(1);
        assertThat(json.get("errors").get(0).get("message").asText()).contains("更新");
        var row = jdbc.sql("select name, size, mobile_masked, high_tech, (select count(*) from member_event e where e.member_id = m.id and action = 'UPDATED') from member m where credit_code = ?")
                .param(original.get(2)).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)
                        + "|" + rs.getBoolean(4) + "|" + rs.getLong(5))
                .single();
        assertThat(row).startsWith("更新后" + u + "|LARGE|139****").endsWith("|true|1");
    }

    @Test
    void upsertAppliesALaterRowOfTheSameFileToTheMemberTheEarlierRowCreated() {
        var u = ImportFixture.unique();
        var first = enterprise("同文件更新" + u);
        var later = with(first, ImportColumn.NAME, "同文件更新后" + u);

        var json = importFile(accounts.api(staff), xlsx(List.of(first, later)), "mode=upsert").json();

        assertThat(json.get("imported").asInt()).isEqualTo(1);
        assertThat(json.get("updated").asInt()).isEqualTo(1);
        assertThat(fixture.countByName("同文件更新" + u)).isZero();
        assertThat(fixture.countByName("同文件更新后" + u)).isEqualTo(1);
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndStoresNothing() {
        var u = ImportFixture.unique();
        var file = xlsx(List.of(enterprise("试导入" + u), with(individual("试导入坏" + u), ImportColumn.ID_NUMBER, "123")));

        var json = importFile(accounts.api(staff), file, "dryRun=true").json();

        assertThat(json.get("imported").asInt()).isEqualTo(1);
        assertThat(json.get("rejected").asInt()).isEqualTo(1);
        assertThat(fixture.countByName("试导入" + u)).isZero();
        assertThat(jdbc.sql("select count(*) from audit_record where username = ? and action = 'MEMBER_IMPORT'")
                .param(staff).query(Long.class).single()).isZero();
    }

    @Test
    void onlyFederationStaffAndLeadersMayImport() {
        var viceChair = accounts.create("vicechair", Role.VICE_CHAIR);
        var file = xlsx(List.of(enterprise("无权导入" + ImportFixture.unique())));

        assertThat(importFile(accounts.api(viceChair), file, null).status()).isEqualTo(403);
        assertThat(importFile(accounts.sysadmin(), file, null).status()).isEqualTo(403);
        assertThat(importFile(accounts.api(accounts.create("leader", Role.LEADER)), file, null).status()).isEqualTo(200);
    }

    @Test
    void anUnknownModeIsRefused() {
        var response = importFile(accounts.api(staff), xlsx(List.of()), "mode=merge");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("skip").contains("upsert");
    }
}
