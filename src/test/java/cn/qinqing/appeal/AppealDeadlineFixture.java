package cn.qinqing.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.Api;
import cn.qinqing.support.TestAccounts;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A federation of its own for each deadline and notice test (a district beside the home one), so that
 * its staff, leaders and liaisons receive only the notices of its own cases; cases with due dates set by
 * hand; the notices and steps they caused.
 */
final class AppealDeadlineFixture {

    /** A notice as the outbox holds it. */
    record Sent(long id, String title, String body, String link) {
    }

    final TestAccounts accounts;
    final JdbcClient jdbc;
    final String token = MemberTestData.unique();
    final long federationId;
    final String staffName;
    final Api staff;

    AppealDeadlineFixture(TestAccounts accounts, JdbcClient jdbc, Federations federations) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.federationId = newFederation(jdbc, federations, token);
        this.staffName = account("dstaff", RoleGrant.of(Role.STAFF));
        this.staff = accounts.api(staffName);
    }

    static long newFederation(JdbcClient jdbc, Federations federations, String token) {
        var parent = federations.byId(federations.home().parentId()).orElseThrow();
        Long id = null;
        while (id == null) {
            var code = "5%05d".formatted(ThreadLocalRandom.current().nextInt(100_000));
            id = jdbc.sql("""
                    insert into federation (name, level, region_code, parent_id, path) values (?, 'DISTRICT', ?, ?, '')
                    on conflict (region_code) do nothing returning id""")
                    .params("时限测试区工商联" + token, code, parent.id()).query(Long.class).optional().orElse(null);
        }
        jdbc.sql("update federation set path = ? where id = ?").params(parent.path() + id + "/", id).update();
        return id;
    }

    /** An account of this federation with these grants; returns its username. */
    String account(String prefix, RoleGrant... grants) {
        var name = accounts.createBound(prefix, grants);
        jdbc.sql("update app_user set federation_id = ? where username = ?").params(federationId, name).update();
        return name;
    }

    long id(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    long department(String name) {
        return jdbc.sql("insert into department (federation_id, name, kind) values (?, ?, 'MARKET_REGULATION') returning id")
                .params(federationId, name + token).query(Long.class).single();
    }

    /** A call from a firm that is not a member, registered by this federation's staff; returns the case id. */
    long call(String category, String mobile) {
        var body = new HashMap<String, Object>();
        body.put("category", category);
        body.put("subject", "ARREARS");
        body.put("title", "工程款拖欠" + token);
        body.put("content", "项目完工两年，尾款 12 万元仍未支付。");
        body.put("channel", "PHONE");
        body.put("submitterName", "李经理");
        body.put("submitterCompany", "时限测试建材有限公司" + token);
        body.put("contactMobile", mobile);
        return AppealFixture.file(staff, body);
    }

    /** Moves the due date that runs now (acceptance while submitted, else handling). */
    void due(long id, LocalDate day) {
        int changed = jdbc.sql("""
                update appeal set accept_due = case when status = 'SUBMITTED' then :day else accept_due end,
                                  handling_due = case when status = 'SUBMITTED' then handling_due else :day end
                 where id = :id""").param("day", day).param("id", id).update();
        assertThat(changed).isEqualTo(1);
        assertThat(dueOn(id)).isEqualTo(day);
    }

    LocalDate dueOn(long id) {
        return jdbc.sql("select due_on from appeal where id = ?").param(id)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }

    LocalDate remindedOn(long id) {
        return jdbc.sql("select reminded_on from appeal where id = ?").param(id)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }

    LocalDate supervisedOn(long id) {
        return jdbc.sql("select supervised_on from appeal where id = ?").param(id)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }

    String trackingNumber(long id) {
        return jdbc.sql("select tracking_number from appeal where id = ?").param(id).query(String.class).single();
    }

    int steps(long id, String action) {
        return jdbc.sql("select count(*) from appeal_step where appeal_id = ? and action = ?").params(id, action)
                .query(Integer.class).single();
    }

    /** The notices in the account's inbox, oldest first. */
    List<Sent> notices(String username) {
        return jdbc.sql("select id, title, body, link from notification where recipient_id = ? order by id")
                .param(id(username))
                .query((rs, n) -> new Sent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    List<Sent> notices(String username, String title) {
        return notices(username).stream().filter(s -> s.title().equals(title)).toList();
    }
}
