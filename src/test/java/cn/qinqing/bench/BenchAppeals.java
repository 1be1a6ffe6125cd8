package cn.qinqing.bench;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A million cases over the benchmark province's members, by INSERT ... SELECT: three quarters closed
 * and archived with a rating, a tenth open and overdue (the deadline job's work), the rest open and in
 * time or waiting for a rating; two to three history steps each. Title, content and reply are real
 * SM4-GCM ciphertext (a thousand variants, cycled). Due dates are calendar-day approximations of the
 * working-day ones (submitted + 1, accepted + 18): the figures measured do not depend on holidays.
 */
final class BenchAppeals {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BenchReport report;

    BenchAppeals(JdbcClient jdbc, PersonalDataCipher cipher, BenchReport report) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.report = report;
    }

    void ensure(int count, LocalDate today) {
        if (jdbc.sql("select count(*) from appeal").query(Long.class).single() >= count) {
            report.row("cases", "kept from an earlier run");
            return;
        }
        jdbc.sql("create temporary table bench_text (n int primary key, title bytea, content bytea, reply bytea)").update();
        for (int n = 0; n < 1000; n++) {
            jdbc.sql("insert into bench_text values (?, ?, ?, ?)")
                    .params(n, cipher.encrypt("关于货款拖欠问题的诉求" + n),
                            cipher.encrypt("我公司于去年承接工程，对方至今拖欠工程款" + n + "万元，多次催要无果，请求工商联协调。"),
                            cipher.encrypt("经协调，对方已承诺分期支付，第一期款项已到账。" + n))
                    .update();
        }
        long start = System.nanoTime();
        jdbc.sql("""
                insert into appeal (federation_id, tracking_number, member_id, channel, category_code, subject_code,
                                    title_cipher, content_cipher, submitter_name, status, handling_days,
                                    submitted_on, accept_due, accepted_on, handling_due, rating, reply_cipher,
                                    resolved_on, archived_on)
                select m.federation_id, 'WQB' || lpad(g::text, 8, '0'), m.id,
                       (array['MEMBER_WEB','PHONE','VISIT','LETTER','HOTLINE_12345','DUTY_DESK'])[1 + g % 6],
                       (array['COMPLAINT','COORDINATION','REPORT','CONSULTATION'])[1 + g % 4],
                       (array['ARREARS','ADMIN_ENFORCEMENT','FINANCING','INTELLECTUAL_PROPERTY','CONTRACT','LABOUR','POLICY','OTHER'])[1 + g % 8],
                       t.title, t.content, '基准诉求人',
                       case when g % 20 < 15 then 'ARCHIVED' when g % 20 = 15 then 'RESOLVED'
                            when g % 20 < 19 then 'IN_PROGRESS' else 'SUBMITTED' end,
                       13, s.submitted, s.submitted + 1,
                       case when g % 20 < 19 then s.submitted + 1 end,
                       case when g % 20 < 19 then s.submitted + 19 end,
                       case when g % 20 < 15 then (array['SATISFIED','SATISFIED','SATISFIED','SATISFIED','SATISFIED',
                            'SATISFIED','SATISFIED','BASICALLY_SATISFIED','BASICALLY_SATISFIED','DISSATISFIED'])[1 + g % 10] end,
                       case when g % 20 < 16 then t.reply end,
                       case when g % 20 < 16 then s.submitted + 2 + g % 17 end,
                       case when g % 20 < 15 then s.submitted + 5 + g % 17 end
                  from generate_series(1, :count) g
                  join member m on m.id = (select min(id) from member) + (g::bigint * 7919) % (select count(*) from member)
                  join bench_text t on t.n = g % 1000
                 cross join lateral (select case
                       when g % 20 in (16, 17) then :today - 20 - g % 9   -- overdue by 1 to 9 days
                       when g % 20 in (18, 19) then :today - g % 3        -- open, in time
                       else :today - 25 - g % 340 end as submitted) s""")
                .param("count", count).param("today", today).update();
        report.row("cases by INSERT ... SELECT", "%.1f s".formatted(BenchReport.seconds(start)));
        start = System.nanoTime();
        jdbc.sql("""
                insert into appeal_step (appeal_id, occurred_at, actor_name, action, from_status, to_status)
                select id, submitted_on, '基准诉求人', 'SUBMIT', null, 'SUBMITTED' from appeal
                union all
                select id, accepted_on, '基准干部', 'ACCEPT', 'SUBMITTED', 'ACCEPTED' from appeal where accepted_on is not null
                union all
                select id, resolved_on, '基准干部', 'RESOLVE', 'IN_PROGRESS', 'RESOLVED' from appeal where resolved_on is not null""")
                .update();
        report.row("history steps by INSERT ... SELECT", "%.1f s".formatted(BenchReport.seconds(start)));
        jdbc.sql("vacuum analyze appeal").update();
        jdbc.sql("vacuum analyze appeal_step").update();
    }
}
