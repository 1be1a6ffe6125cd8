package cn.qinqing.member;

import static cn.qinqing.member.ImportFixture.importFile;
import static cn.qinqing.member.ImportFixture.individual;
import static cn.qinqing.member.ImportFixture.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Member numbers of imported members continue the federation's sequence and skip numbers typed in by hand. */
@IntegrationTest
class MemberImportNumberTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void importedMembersSkipANumberOfTheYearTypedInByHandAheadOfTheSequence() {
        var api = accounts.api(accounts.create("numberer", Role.STAFF));
        var u = ImportFixture.unique();
        var first = importFile(api, xlsx(List.of(individual("编号测试甲" + u))), null);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var firstNumber = number("编号测试甲" + u);
        var prefix = firstNumber.substring(0, firstNumber.lastIndexOf('-') + 1);
        int n = Integer.parseInt(firstNumber.substring(prefix.length()));
        var handTyped = prefix + "%04d".formatted(n + 2);
        jdbc.sql("""
                insert into member (federation_id, member_number, type, status, name)
                select federation_id, ?, 'INDIVIDUAL', 'ACTIVE', ? from member where member_number = ?""")
                .params(handTyped, "编号测试手填" + u, firstNumber).update();

        var second = importFile(api, xlsx(List.of(individual("编号测试乙" + u), individual("编号测试丙" + u),
                individual("编号测试丁" + u))), null);

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("imported").asInt()).isEqualTo(3);
        assertThat(List.of(number("编号测试乙" + u), number("编号测试丙" + u), number("编号测试丁" + u)))
                .containsExactly(prefix + "%04d".formatted(n + 1), prefix + "%04d".formatted(n + 3),
                        prefix + "%04d".formatted(n + 4));
    }

    private String number(String name) {
        return jdbc.sql("select member_number from member where name = ?").param(name).query(String.class).single();
    }
}
