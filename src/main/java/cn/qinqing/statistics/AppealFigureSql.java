package cn.qinqing.statistics;

/**
 * The SQL that counts cases, shared by the live statistics of any period and by the monthly cache.
 * Each case gets a set of bits once (what it counts towards); the cases are then grouped twice in one
 * pass - by handling unit and bits, and by category, subject and channel - and the small result is
 * summed per unit. Grouping first by bits keeps the per-case work to one hash look-up per grouping
 * instead of ten filtered counts (3x faster on a province's month).
 *
 * <p>A case counts as supervised (督办) when the deadline job escalated it to the leaders (its stored
 * {@code supervised_on}), not by a rule worked out again here: the figures name the cases the leaders
 * were actually sent, and a case escalated for an earlier due date still counts after an extension.
 *
 * <p>Parameters: {@code :today}, {@code :from} and {@code :to}, and those of the source ({@code :path} or
 * {@code :ids}).
 */
final class AppealFigureSql {

    /** The cases of the federations under a path prefix. */
    static final String BY_PATH = "appeal a join federation f on f.id = a.federation_id and f.path like :path";
    /** The cases of the federations with these ids. */
    static final String BY_IDS = "appeal a join unnest(cast(:ids as bigint[])) as f(id) on f.id = a.federation_id";

    /** The grouping() value of a handling-unit row; other rows count by category, subject or channel. */
    static final int UNIT = 0b0111;
    static final int CATEGORY = 0b1011;
    static final int SUBJECT = 0b1101;
    static final int CHANNEL = 0b1110;

    private static final String BITS = """
            (case when a.accepted_on is not null then 1 else 0 end)
            | (case when a.accepted_on is null and a.due_on is null then 2 else 0 end)
            | (case when a.resolved_on is not null then 4 else 0 end)
            | (case when a.resolved_on <= a.handling_due then 8 else 0 end)
            | (case when a.resolved_on is not null or (a.accepted_on is not null and a.due_on < :today) then 16 else 0 end)
            | (case when x.due < x.until then 32 else 0 end)
            | (case when a.supervised_on is not null then 64 else 0 end)
            | (case when a.rating is not null then 128 else 0 end)
            | (case when a.rating in ('SATISFIED', 'BASICALLY_SATISFIED') then 256 else 0 end)
            | (case when a.due_on is not null then 512 else 0 end)""";

    private AppealFigureSql() {
    }

    /**
     * Rows of (g, federation_id, department_id, category_code, subject_code, channel, received and the
     * other counters, running). Department 0 is the federation's own staff. A case's due date is the
     * one running now (acceptance or handling) or, once closed, its handling due date; it is judged on
     * the day it was resolved, or today while it runs.
     */
    static String figures(String source) {
        return """
                select g, federation_id, department_id, category_code, subject_code, channel, sum(n) as received,
                       %s
                  from (select grouping(c.department_id, c.category_code, c.subject_code, c.channel) as g,
                               c.federation_id, c.department_id, c.category_code, c.subject_code, c.channel, c.bits,
                               count(*) as n
                          from (select a.federation_id, coalesce(a.department_id, 0) as department_id, a.category_code,
                                       a.subject_code, a.channel, %s as bits
                                  from %s
                                 cross join lateral (select coalesce(a.due_on, a.handling_due) as due,
                                        coalesce(a.resolved_on, case when a.due_on is not null then cast(:today as date) end) as until) x
                                 where a.submitted_on between :from and :to) c
                         group by grouping sets ((c.federation_id, c.department_id, c.bits), (c.federation_id, c.category_code),
                                                 (c.federation_id, c.subject_code), (c.federation_id, c.channel))) r
                 group by g, federation_id, department_id, category_code, subject_code, channel"""
                .formatted(sums(), BITS, source);
    }

    private static String sums() {
        String[] names = {"accepted", "declined", "resolved", "on_time", "due", "overdue", "supervised", "rated",
                "satisfied", "running"};
        var sums = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            sums.append(i == 0 ? "" : ", ").append("coalesce(sum(n) filter (where bits & ").append(1 << i)
                    .append(" <> 0), 0) as ").append(names[i]);
        }
        return sums.toString();
    }

    /**
     * Rows of (federation_id, member_id, mobile_index, cases, same_subject, subjects, latest_case_id): the
     * submitters with two or more cases received in the period in one federation. A member is known by its
     * id, anyone else by the blind index of the mobile; {@code same_subject} counts their cases on a
     * subject they raised more than once, {@code subjects} names those subjects.
     */
    static String repeats(String source) {
        return """
                select federation_id, member_id, mobile_index, sum(n) as cases,
                       coalesce(sum(n) filter (where n > 1), 0) as same_subject,
                       coalesce(array_agg(subject_code) filter (where n > 1), '{}') as subjects,
                       max(latest) as latest_case_id
                  from (select a.federation_id, a.member_id,
                               case when a.member_id is null then a.contact_mobile_index collate "C" end as mobile_index,
                               a.subject_code, count(*) as n, max(a.id) as latest
                          from %s
                         where a.submitted_on between :from and :to
                           and (a.member_id is not null or a.contact_mobile_index is not null)
                         group by 1, 2, 3, 4) s
                 group by 1, 2, 3
                having sum(n) > 1""".formatted(source);
    }
}
