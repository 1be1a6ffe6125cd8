package cn.qinqing.member;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The posts a member holds and its yearly dues; callers have checked the member is in scope. */
@Repository
class MemberHoldingsRepository {

    private final JdbcClient jdbc;

    MemberHoldingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MemberPost> posts(long memberId) {
        return jdbc.sql("""
                select id, title, level, term, started_on, ended_on from member_post
                 where member_id = ? order by started_on desc nulls last, id""")
                .param(memberId)
                .query((rs, n) -> new MemberPost(rs.getLong("id"), rs.getString("title"),
                        PostLevel.valueOf(rs.getString("level")), rs.getString("term"), date(rs, "started_on"),
                        date(rs, "ended_on")))
                .list();
    }

    long addPost(long memberId, PostDraft post) {
        return jdbc.sql("""
                insert into member_post (member_id, title, level, term, started_on, ended_on)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(memberId, post.title(), post.level().name(), post.term(), sql(post.startedOn()),
                        sql(post.endedOn()))
                .query(Long.class).single();
    }

    /** The title of the removed post, or null when the member has no such post. */
    String removePost(long memberId, long postId) {
        return jdbc.sql("delete from member_post where id = ? and member_id = ? returning title")
                .params(postId, memberId).query(String.class).optional().orElse(null);
    }

    List<MemberDues> dues(long memberId) {
        return jdbc.sql("select year, amount, paid_on from member_dues where member_id = ? order by year desc")
                .param(memberId)
                .query((rs, n) -> new MemberDues(rs.getInt("year"), rs.getBigDecimal("amount"), date(rs, "paid_on")))
                .list();
    }

    /** Records a year's dues; true when the year is new, false when it replaced an earlier record. */
    boolean saveDues(long memberId, MemberDues dues) {
        return jdbc.sql("""
                insert into member_dues (member_id, year, amount, paid_on) values (?, ?, ?, ?)
                on conflict (member_id, year) do update set amount = excluded.amount, paid_on = excluded.paid_on
                returning (xmax = 0)""")
                .params(memberId, dues.year(), dues.amount(), sql(dues.paidOn()))
                .query(Boolean.class).single();
    }

    private static Date sql(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        var value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
