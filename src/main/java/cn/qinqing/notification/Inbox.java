package cn.qinqing.notification;

import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's in-app notices (消息中心), newest first. Every method takes the reading account's id and
 * touches only that account's notices: another account's notice is "not found". Reading one's own
 * notice changes no business data and is not audited.
 */
@Service
public class Inbox {

    public static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PageView<InboxItem> list(long accountId, boolean unreadOnly, int page, int size) {
        var number = Math.max(page, 0);
        var limit = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        var filter = unreadOnly ? " and read_at is null" : "";
        var total = jdbc.sql("select count(*) from notification where recipient_id = ? and inbox" + filter)
                .param(accountId).query(Long.class).single();
        var items = jdbc.sql("""
                select id, title, body, link, created_at, read_at from notification
                 where recipient_id = ? and inbox""" + filter + " order by id desc limit ? offset ?")
                .params(accountId, limit, (long) number * limit)
                .query((rs, n) -> item(rs)).list();
        return PageView.of(items, number, limit, total);
    }

    public InboxItem get(long accountId, long id) {
        return jdbc.sql("""
                select id, title, body, link, created_at, read_at from notification
                 where id = ? and recipient_id = ? and inbox""")
                .params(id, accountId).query((rs, n) -> item(rs)).optional()
                .orElseThrow(NotFoundException::new);
    }

    /** One count for the top bar's badge (a partial index covers it). */
    public long unreadCount(long accountId) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and inbox and read_at is null")
                .param(accountId).query(Long.class).single();
    }

    /** Marks the notice read (again is harmless) and returns it. */
    @Transactional
    public InboxItem markRead(long accountId, long id) {
        jdbc.sql("""
                update notification set read_at = ?
                 where id = ? and recipient_id = ? and inbox and read_at is null""")
                .params(Timestamp.from(clock.instant()), id, accountId).update();
        return get(accountId, id);
    }

    /** Marks every unread notice of the account read; returns how many. */
    @Transactional
    public int markAllRead(long accountId) {
        return jdbc.sql("update notification set read_at = ? where recipient_id = ? and inbox and read_at is null")
                .params(Timestamp.from(clock.instant()), accountId).update();
    }

    private static InboxItem item(ResultSet rs) throws SQLException {
        return new InboxItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
