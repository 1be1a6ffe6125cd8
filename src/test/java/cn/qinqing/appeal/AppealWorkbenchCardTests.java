package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.caseBody;
import static cn.qinqing.appeal.AppealFixture.file;
import static cn.qinqing.appeal.AppealFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.organisation.Federations;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The workbench's 维权服务 card counts the cases the account sees, by what they wait for. */
@IntegrationTest
class AppealWorkbenchCardTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;

    AppealFixture fx;

    @BeforeEach
    void setUp() {
        fx = new AppealFixture(accounts, jdbc, federations);
    }

    @Test
    void aMemberSeesItsOwnCasesByWhatTheyWaitFor() {
        var member = fx.memberAccount(fx.member("工作台企业"));
        file(member, caseBody("COMPLAINT", "ARREARS", "货款拖欠一"));
        var accepted = file(member, caseBody("COMPLAINT", "ARREARS", "货款拖欠二"));
        var resolved = file(member, caseBody("CONSULTATION", "POLICY", "政策咨询"));
        step(fx.staff, accepted, "accept", Map.of());
        step(fx.staff, resolved, "accept", Map.of());
        step(fx.staff, resolved, "handle", Map.of());
        step(fx.staff, resolved, "resolve", Map.of("reply", "已电话答复政策口径。"));
        var home = member.get("/");
        assertThat(figure(home, "待受理")).isEqualTo(1);
        assertThat(figure(home, "办理中")).isEqualTo(1);
        assertThat(figure(home, "已超期")).isZero();
        assertThat(figure(home, "督办中")).isZero();
        assertThat(figure(home, "已办结待评价")).isEqualTo(1);

        jdbc.sql("update appeal set handling_due = ?, supervised_on = ? where id = ?")
                .params(LocalDate.now().minusDays(20), LocalDate.now().minusDays(2), accepted).update();
        home = member.get("/");
        assertThat(figure(home, "已超期")).isEqualTo(1);
        assertThat(figure(home, "督办中")).isEqualTo(1);
        assertThat(figure(home, "办理中")).isEqualTo(1);
    }

    @Test
    void staffOfAnotherFederationCountNoneOfTheseCases() {
        file(fx.memberAccount(fx.member("邻区不见企业")), caseBody("COMPLAINT", "ARREARS", "他区看不到"));
        var home = fx.staffOfAnotherFederation().get("/");
        assertThat(figure(home, "待受理")).isZero();
        assertThat(figure(home, "办理中")).isZero();
    }

    @Test
    void administratorsGetNoCaseCard() {
        assertThat(accounts.sysadmin().get("/").body()).doesNotContain("维权服务").doesNotContain("已办结待评价");
    }

    private static long figure(Api.Response page, String label) {
        assertThat(page.status()).isEqualTo(200);
        var m = Pattern.compile("<span>" + label + "</span><strong>(\\d+)</strong>").matcher(page.body());
        assertThat(m.find()).as(label + " in " + page.body()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
