package cn.qinqing.appeal;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.web.PageView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case list: the caller's cases narrowed by the filters, newest first, a page at a time. */
@Component
class AppealSearch {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    AppealSearch(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    PageView<AppealItem> page(AppealAccess access, AppealFilter filter, LocalDate today, int number, int size) {
        var params = new HashMap<String, Object>();
        var conditions = new ArrayList<String>();
        conditions.add(access.condition(params));
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.category() != null) {
            conditions.add("a.category_code = :category");
            params.put("category", filter.category());
        }
        if (filter.channel() != null) {
            conditions.add("a.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.overdue() != null) {
            conditions.add(filter.overdue() ? "a.due_on < :today" : "(a.due_on is null or a.due_on >= :today)");
            params.put("today", today);
        }
        if (filter.text() != null) {
            conditions.add("""
                    (a.tracking_number ilike :text or a.submitter_company ilike :text or a.submitter_name ilike :text)""");
            params.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var where = " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*)" + AppealRepository.COUNT_FROM + where).params(params)
                .query(Long.class).single();
        var content = jdbc.sql("""
                select a.id, a.tracking_number, a.title_cipher, c.name as category_name, s.name as subject_name,
                       a.channel, a.status, a.submitter_name, a.submitter_company, a.submitted_on, a.due_on,
                       d.name as department_name""" + AppealRepository.FROM + where
                        + " order by a.submitted_on desc, a.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) number * size)
                .query((rs, n) -> {
                    var due = rs.getObject("due_on", LocalDate.class);
                    return new AppealItem(rs.getLong("id"), rs.getString("tracking_number"),
                            cipher.decrypt(rs.getBytes("title_cipher")), rs.getString("category_name"),
                            rs.getString("subject_name"), AppealChannel.valueOf(rs.getString("channel")),
                            AppealStatus.valueOf(rs.getString("status")), rs.getString("submitter_name"),
                            rs.getString("submitter_company"), rs.getObject("submitted_on", LocalDate.class), due,
                            due != null && due.isBefore(today), rs.getString("department_name"));
                })
                .list();
        return PageView.of(content, number, size, total);
    }
}
