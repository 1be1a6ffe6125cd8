package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline job in batches smaller than the work: the cases to remind are listed once and marked a
 * batch of ids at a time, so every case is reached once, none twice, whatever the batch size.
 */
@IntegrationTest
class AppealDeadlineBatchTests {

    static final LocalDate OCT_8 = LocalDate.of(2026, 10, 8);

    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Federations federations;
    @Autowired AppealDeadlineStore store;
    @Autowired AppealRecipients recipients;
    @Autowired AppealNotifier notifier;
    @Autowired NoticeTexts texts;
    @Autowired WorkingCalendar calendar;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    @Test
    void casesInBatchesOfTwoAreEachRemindedOnceAndTheirHandlerHearsOfEveryOne() {
        var fx = new AppealDeadlineFixture(accounts, jdbc, federations);
        var handler = fx.account("dbatch", RoleGrant.of(Role.STAFF));
        var api = accounts.api(handler);
        var dues = List.of(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 29),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30));
        var ids = new ArrayList<Long>();
        for (var due : dues) {
            var id = fx.call("COMPLAINT", MemberTestData.mobile());
            step(api, id, "accept", Map.of());
            step(api, id, "handle", Map.of());
            fx.due(id, due);
            ids.add(id);
        }
        var job = new AppealDeadlines(store, recipients, notifier, texts, calendar, audit, transactions, clock, 2);

        assertThat(job.runFor(OCT_8).reminded()).isGreaterThanOrEqualTo(ids.size());

        var told = String.join("\n", fx.notices(handler, "诉求超期催办").stream().map(AppealDeadlineFixture.Sent::body).toList());
        for (var id : ids) {
            assertThat(fx.remindedOn(id)).isEqualTo(OCT_8);
            assertThat(fx.steps(id, "REMINDED")).as("steps of case " + id).isEqualTo(1);
            assertThat(told).contains(fx.trackingNumber(id));
        }
        assertThat(job.runFor(OCT_8).reminded()).isZero();
        assertThat(ids).allSatisfy(id -> assertThat(fx.steps(id, "REMINDED")).isEqualTo(1));
    }
}
