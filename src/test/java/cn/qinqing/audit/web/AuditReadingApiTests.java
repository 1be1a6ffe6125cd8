package cn.qinqing.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditReadingApiTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAuditorReadsRecordsNewestFirstInChinaTime() {
        var page = accounts.auditadmin().get("/api/v1/audit/records?size=5");
        assertThat(page.status()).isEqualTo(200);
        var content = page.json().get("content");
        assertThat(content.size()).isBetween(1, 5);
        for (int i = 1; i < content.size(); i++) {
            assertThat(content.get(i).get("id").asLong()).isLessThan(content.get(i - 1).get("id").asLong());
        }
        assertThat(content.get(0).get("occurredAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*\\+08:00");
        assertThat(page.json().get("page").get("size").asInt()).isEqualTo(5);
        assertThat(page.body()).doesNotContain("previousHash").doesNotContain("\"hash\"");
    }

    @Test
    void theAuditorFiltersByAccountActionAndTime() {
        var name = accounts.create("audited", Role.STAFF);
        accounts.api(name).get("/api/v1/organisation");
        var logins = accounts.auditadmin().get("/api/v1/audit/records?size=100&action=LOGIN&username=" + name).json();
        assertThat(logins.get("page").get("totalElements").asLong()).isPositive();
        for (var record : logins.get("content")) {
            assertThat(record.get("username").asString()).isEqualTo(name);
            assertThat(record.get("action").asString()).isEqualTo("LOGIN");
        }
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var fromToday = accounts.auditadmin().get("/api/v1/audit/records?username=" + name + "&from=" + today + "&to=" + today);
        assertThat(fromToday.json().get("page").get("totalElements").asLong()).isPositive();
        var longAgo = accounts.auditadmin().get("/api/v1/audit/records?username=" + name + "&to=2000-01-01");
        assertThat(longAgo.json().get("page").get("totalElements").asLong()).isZero();
        var instant = accounts.auditadmin().get("/api/v1/audit/records?from=2000-01-01T00:00:00%2B08:00&size=1");
        assertThat(instant.status()).isEqualTo(200);
    }

    @Test
    void badFiltersAreRefusedWithTheField() {
        var bad = accounts.auditadmin().get("/api/v1/audit/records?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(bad.json().get("errors").get(0).get("message").asString()).contains("时间格式不正确");
        assertThat(accounts.auditadmin().get("/api/v1/audit/records?size=1000").status()).isEqualTo(400);
        assertThat(accounts.auditadmin().get("/api/v1/audit/records?page=-1").status()).isEqualTo(400);
    }

    @Test
    void readingAndVerifyingAreThemselvesAudited() {
        var before = jdbc.sql("select max(id) from audit_record").query(Long.class).single();
        accounts.auditadmin().get("/api/v1/audit/records?action=LOGIN&size=3");
        var verification = accounts.auditadmin().get("/api/v1/audit/verification");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.json().get("intact").asBoolean()).isTrue();
        assertThat(verification.json().get("records").asLong()).isGreaterThan(before - 1);
        assertThat(verification.json().get("firstBrokenId").isNull()).isTrue();
        var actions = jdbc.sql("""
                select action || ':' || coalesce(detail, '') from audit_record
                 where id > ? and username = 'auditadmin' and action like 'AUDIT_%' order by id""")
                .param(before).query(String.class).list();
        assertThat(actions).hasSize(2);
        assertThat(actions.get(0)).startsWith("AUDIT_READ:").contains("action=LOGIN");
        assertThat(actions.get(1)).startsWith("AUDIT_VERIFY:intact");
    }
}
