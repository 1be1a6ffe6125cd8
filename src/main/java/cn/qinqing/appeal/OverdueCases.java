package cn.qinqing.appeal;

import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.PageView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue list (超期诉求: open cases past the due date that runs now) and the supervision list (督办诉求:
 * open cases the deadline job sent to the leaders), most overdue first, within what the caller sees.
 */
@Service
public class OverdueCases {

    /** A department to filter by. */
    public record DepartmentOption(long id, String name) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final WorkingCalendar calendar;
    private final Clock clock;

    OverdueCases(JdbcClient jdbc, PersonalDataCipher cipher, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageView<OverdueItem> overdue(OverdueFilter filter, int page, int size) {
        return page(filter, page, size, false);
    }

    @Transactional(readOnly = true)
    public PageView<OverdueItem> supervised(OverdueFilter filter, int page, int size) {
        return page(filter, page, size, true);
    }

    /** The departments of the caller's federation and those below it. */
    @Transactional(readOnly = true)
    public List<DepartmentOption> departments() {
        return jdbc.sql("""
                select d.id, d.name from department d join federation f on f.id = d.federation_id
                 where f.path like ? order by d.active desc, d.name, d.id""")
                .param(CurrentUser.get().federationPath() + "%")
                .query((rs, n) -> new DepartmentOption(rs.getLong(1), rs.getString(2))).list();
    }

    private PageView<OverdueItem> page(OverdueFilter filter, int number, int size, boolean supervisedOnly) {
        var today = LocalDate.now(clock);
        var params = new HashMap<String, Object>();
        var conditions = new ArrayList<String>();
        conditions.add(AppealAccess.of(CurrentUser.get()).condition(params));
        conditions.add("a.due_on is not null");
        if (supervisedOnly) {
            conditions.add("a.supervised_on is not null");
        } else {
            conditions.add("a.due_on < :today");
            params.put("today", today);
        }
        if (filter.category() != null) {
            conditions.add("a.category_code = :category");
            params.put("category", filter.category());
        }
        if (filter.departmentId() != null) {
            conditions.add("a.department_id = :department");
            params.put("department", filter.departmentId());
        }
        if (filter.minDays() != null && filter.minDays() > 0) {
            conditions.add("a.due_on < :before");
            params.put("before", DeadlineDays.nthBack(calendar, today, filter.minDays()));
        }
        var where = " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*)" + AppealRepository.COUNT_FROM + where).params(params).query(Long.class).single();
        var content = jdbc.sql("""
                select a.id, a.tracking_number, a.title_cipher, c.name as category_name, s.name as subject_name,
                       a.status, a.submitter_company, f.name as federation_name, d.name as department_name,
                       (select u.display_name from app_user u where u.id = a.handler_id) as handler_name,
                       a.due_on, a.reminded_on, a.supervised_on""" + " " + AppealRepository.FROM + where
                        + " order by a.due_on, a.id limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) number * size)
                .query((rs, n) -> {
                    var due = rs.getObject("due_on", LocalDate.class);
                    boolean late = due.isBefore(today);
                    return new OverdueItem(rs.getLong("id"), rs.getString("tracking_number"),
                            cipher.decrypt(rs.getBytes("title_cipher")), rs.getString("category_name"),
                            rs.getString("subject_name"), AppealStatus.valueOf(rs.getString("status")),
                            rs.getString("submitter_company"), rs.getString("federation_name"),
                            rs.getString("department_name"), rs.getString("handler_name"), due, late,
                            late ? calendar.workingDaysBetween(due, today) : 0,
                            rs.getObject("reminded_on", LocalDate.class), rs.getObject("supervised_on", LocalDate.class));
                })
                .list();
        return PageView.of(content, number, size, total);
    }
}
