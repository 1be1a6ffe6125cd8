package cn.qinqing.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables calendar_year and calendar_special_day. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Grows with every edit of any year; compared to tell whether memory is stale. */
    long revision() {
        return jdbc.sql("select coalesce(sum(revision), 0) + count(*) from calendar_year")
                .query(Long.class).single();
    }

    CalendarDays loadAll() {
        var years = new HashSet<>(jdbc.sql("select year from calendar_year").query(Integer.class).list());
        return new CalendarDays(jdbc.sql("select day, kind, name from calendar_special_day")
                .query((rs, n) -> new SpecialDay(rs.getObject(1, LocalDate.class),
                        DayKind.valueOf(rs.getString(2)), rs.getString(3)))
                .list(), years);
    }

    boolean isPublished(int year) {
        return jdbc.sql("select exists (select 1 from calendar_year where year = ?)")
                .param(year).query(Boolean.class).single();
    }

    List<SpecialDay> year(int year) {
        return jdbc.sql("select day, kind, name from calendar_special_day where year = ? order by day")
                .param(year)
                .query((rs, n) -> new SpecialDay(rs.getObject(1, LocalDate.class),
                        DayKind.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** Replaces a year's special days; the year row is locked, so concurrent edits queue up. */
    void replace(int year, List<SpecialDay> days) {
        jdbc.sql("""
                insert into calendar_year (year) values (?)
                on conflict (year) do update set revision = calendar_year.revision + 1, updated_at = now()""")
                .param(year).update();
        jdbc.sql("delete from calendar_special_day where year = ?").param(year).update();
        for (var day : days) {
            jdbc.sql("insert into calendar_special_day (day, year, kind, name) values (?, ?, ?, ?)")
                    .params(day.date(), year, day.kind().name(), day.name()).update();
        }
    }
}
