package cn.qinqing.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deadline job's set-based statements: each marks one batch of cases in a single statement
 * (select, mark, record the step, return what the notices need), so a run costs a few statements per
 * thousand cases instead of several per case. The update repeats the selection's conditions instead of
 * locking the rows first: PostgreSQL re-checks them on a row a concurrent step changed meanwhile (a case
 * resolved a moment ago is skipped), and no second write per row is spent on a lock.
 *
 * <p>Reminders first list the cases to remind (over {@code appeal_open_due_idx}), then mark them a batch
 * of ids at a time: no index mentions {@code reminded_on}, so marking a case is a HOT update that writes
 * none of the table's indexes (V7_11), and each batch's plan is a look-up by primary key whatever the
 * planner's statistics say about how many cases still wait.
 */
@Repository
class AppealDeadlineStore {

    private static final String RETURNED = """
             returning a.id, a.federation_id, a.tracking_number, a.category_code, a.status, a.due_on, a.handler_id,
                       a.department_id, a.member_id)""";
    private static final String NOTICE_COLUMNS = """
            select m.*, c.name as category_name, d.name as department_name
              from marked m join appeal_category c on c.code = m.category_code
              left join department d on d.id = m.department_id order by m.due_on, m.id""";

    private final JdbcClient jdbc;

    AppealDeadlineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The open cases past their due date not yet reminded for it, in (due date, id) order: one pass over
     * {@code appeal_open_due_idx} and the rows it names (about 120,000 at a million cases, under a second;
     * a second run the same day costs just this pass).
     */
    long[] toRemind(LocalDate today) {
        return jdbc.sql("""
                select id from appeal
                 where due_on is not null and due_on < :today and (reminded_on is null or reminded_on <= due_on)
                 order by due_on, id""")
                .param("today", today).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Of these cases, those still past their due date and not reminded for it (a case may have moved on since
     * {@link #toRemind}): marked reminded today, step REMINDED.
     */
    List<NoticeCase> remind(LocalDate today, String actorName, long[] ids) {
        return jdbc.sql("""
                with marked as (update appeal a set reminded_on = :today, updated_at = now()
                    where a.id = any(cast(:ids as bigint[])) and a.due_on < :today
                      and (a.reminded_on is null or a.reminded_on <= a.due_on)
                """ + RETURNED + """
                , steps as (insert into appeal_step (appeal_id, actor_name, action, from_status, to_status)
                    select id, :actor, 'REMINDED', status, status from marked)
                """ + NOTICE_COLUMNS)
                .param("today", today).param("actor", actorName).param("ids", literal(ids))
                .query(AppealDeadlineStore::noticeCase).list();
    }

    private static String literal(long[] ids) {
        var text = new StringBuilder(ids.length * 8).append('{');
        for (int i = 0; i < ids.length; i++) {
            text.append(i == 0 ? "" : ",").append(ids[i]);
        }
        return text.append('}').toString();
    }

    /**
     * Cases whose due date lies before {@code cutoff} (six working days before today: the reminder day and
     * five more) not yet supervised for it: marked supervised today, step SUPERVISED.
     */
    List<NoticeCase> supervise(LocalDate today, LocalDate cutoff, String actorName, int batch) {
        return jdbc.sql("""
                with due as (
                    select id from appeal
                     where due_on is not null and (supervised_on is null or supervised_on <= due_on) and due_on < :cutoff
                     order by due_on, id limit :batch),
                marked as (update appeal a set supervised_on = :today, updated_at = now() from due
                    where a.id = due.id and a.due_on < :cutoff and (a.supervised_on is null or a.supervised_on <= a.due_on)
                """ + RETURNED + """
                , steps as (insert into appeal_step (appeal_id, actor_name, action, from_status, to_status)
                    select id, :actor, 'SUPERVISED', status, status from marked)
                """ + NOTICE_COLUMNS)
                .param("today", today).param("cutoff", cutoff).param("batch", batch).param("actor", actorName)
                .query(AppealDeadlineStore::noticeCase).list();
    }

    /**
     * Accepted cases due after today and no later than {@code last} that were not told about this due date:
     * marked with it. Acceptance (one working day) gets no such notice: it would come on the day of filing.
     */
    List<NoticeCase> dueSoon(LocalDate today, LocalDate last, int batch) {
        return jdbc.sql("""
                with due as (
                    select id from appeal
                     where due_on > :today and due_on <= :last and status <> 'SUBMITTED'
                       and due_soon_for is distinct from due_on
                     order by due_on, id limit :batch),
                marked as (update appeal a set due_soon_for = a.due_on from due
                    where a.id = due.id and a.due_on > :today and a.due_on <= :last and a.status <> 'SUBMITTED'
                      and a.due_soon_for is distinct from a.due_on
                """ + RETURNED + NOTICE_COLUMNS)
                .param("today", today).param("last", last).param("batch", batch)
                .query(AppealDeadlineStore::noticeCase).list();
    }

    /** The markers of a back-filled case, as the job's runs in its days would have left them (see PastDeadlines). */
    void backfill(long id, LocalDate remindedOn, LocalDate supervisedOn, LocalDate dueSoonFor) {
        jdbc.sql("update appeal set reminded_on = ?, supervised_on = ?, due_soon_for = ? where id = ?")
                .params(remindedOn, supervisedOn, dueSoonFor, id).update();
    }

    private static NoticeCase noticeCase(ResultSet rs, int n) throws SQLException {
        return new NoticeCase(rs.getLong("id"), rs.getLong("federation_id"), rs.getString("tracking_number"),
                rs.getString("category_name"), AppealStatus.valueOf(rs.getString("status")),
                rs.getObject("due_on", LocalDate.class), (Long) rs.getObject("handler_id"),
                (Long) rs.getObject("department_id"), rs.getString("department_name"),
                (Long) rs.getObject("member_id"), null);
    }

    /** Refreshes the planner's statistics of the case table after a large run (1-3 s at 1M cases). */
    void refreshStatistics() {
        jdbc.sql("analyze appeal").update();
    }
}
