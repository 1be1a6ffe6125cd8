package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.caseBody;
import static cn.qinqing.appeal.AppealFixture.file;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.organisation.Federations;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Each step announces itself as an event, for notifications and statistics to listen to. */
@IntegrationTest
@RecordApplicationEvents
class AppealEventsTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;
    @Autowired
    UserDetailsService users;
    @Autowired
    AppealService appeals;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void filingAcceptingTransferringResolvingRatingAndReopeningAreAnnounced() {
        var fx = new AppealFixture(accounts, jdbc, federations);
        var memberId = fx.member("事件企业");
        var department = fx.department("区人社局");
        signIn(fx.staffName);

        var receipt = appeals.submit(new AppealDraft("COMPLAINT", "LABOUR", "工资纠纷", "员工讨薪", memberId, "VISIT",
                "李女士", null, null, null, null), null);
        long id = receipt.id();
        appeals.accept(id, null);
        appeals.transfer(id, department, "请人社局处理");
        appeals.resolve(id, "已调解");
        appeals.rate(id, Rating.DISSATISFIED, "电话回访不满意");

        assertThat(events.stream(AppealSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.memberId()).isEqualTo(memberId))
                .satisfies(e -> assertThat(e.channel()).isEqualTo(AppealChannel.VISIT));
        assertThat(events.stream(AppealAccepted.class)).singleElement()
                .satisfies(e -> assertThat(e.handlingDue()).isNotNull());
        assertThat(events.stream(AppealTransferred.class)).containsExactly(new AppealTransferred(id, department));
        assertThat(events.stream(AppealResolved.class)).singleElement()
                .satisfies(e -> assertThat(e.departmentId()).isEqualTo(department));
        assertThat(events.stream(AppealRated.class)).singleElement()
                .satisfies(e -> assertThat(e.rating()).isEqualTo(Rating.DISSATISFIED));
        assertThat(events.stream(AppealReopened.class)).singleElement()
                .satisfies(e -> assertThat(e.departmentId()).isEqualTo(department));
        assertThat(file(fx.memberAccount(memberId), caseBody("REPORT", "OTHER", "另一件"))).isPositive();
    }
}
