package cn.qinqing.member;

import static cn.qinqing.member.ImportFixture.enterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import is one transaction: a failure after thousands of rows were already written (here a
 * trigger that refuses the last row, after two full chunks went in) leaves nothing of the file.
 */
@IntegrationTest
class MemberImportRollbackTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailurePartWayLeavesNothingOfTheImport() {
        var u = ImportFixture.unique();
        var poison = "导入中途失败" + u;
        var rows = new ArrayList<List<Object>>();
        int poisoned = 2 * SheetReader.CHUNK + 500;
        for (int i = 0; i <= poisoned; i++) {
            rows.add(enterprise((i == poisoned ? poison : "回滚测试" + u + "-") + i));
        }
        var function = "import_test_fail_" + u.toLowerCase();
        jdbc.sql("create function " + function + "() returns trigger language plpgsql as $$ begin "
                + "if new.name = '" + poison + poisoned + "' then raise exception 'injected failure'; end if; return new; end $$")
                .update();
        jdbc.sql("create trigger " + function + " before insert on member for each row execute function " + function + "()")
                .update();
        var numbersBefore = jdbc.sql("select coalesce(sum(last_value), 0) from member_number_sequence").query(Long.class).single();
        var staff = accounts.create("rollback", Role.STAFF);
        try {
            var response = ImportFixture.importFile(accounts.api(staff), ImportFixture.xlsx(rows), null);

            assertThat(response.status()).as(response.body()).isEqualTo(500);
            assertThat(response.json().get("detail").asText()).contains("已全部撤销");
        } finally {
            jdbc.sql("drop trigger " + function + " on member").update();
            jdbc.sql("drop function " + function + "()").update();
        }
        assertThat(jdbc.sql("select count(*) from member where name like ?").param("回滚测试" + u + "-%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select coalesce(sum(last_value), 0) from member_number_sequence").query(Long.class).single())
                .isEqualTo(numbersBefore);
        assertThat(jdbc.sql("select result from audit_record where username = ? and action = 'MEMBER_IMPORT'")
                .param(staff).query(String.class).list()).containsExactly("FAILURE");
    }
}
