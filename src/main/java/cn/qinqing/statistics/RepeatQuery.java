package cn.qinqing.statistics;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads repeat submitters (重复诉求) counted live or cached, with the names of their latest case. */
@Component
class RepeatQuery {

    /** How many repeat submitters the report lists by name (the counts cover them all). */
    static final int REPEATS_LISTED = 50;

    private final JdbcClient jdbc;

    RepeatQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The repeat submitters among the rows of {@code relation} (shaped like {@link AppealFigureSql#repeats}):
     * the totals, and the first {@value #REPEATS_LISTED} by number of cases with the names of their latest case.
     */
    RawFigures.Repeats read(String relation, Map<String, Object> params) {
        var totals = new long[3];
        var first = new ArrayList<RepeatGrievance>();
        jdbc.sql("""
                select t.*, a.submitter_name, a.submitter_company, a.contact_mobile_masked, f.name as federation_name,
                       array(select s.name from appeal_subject s where s.code = any(t.subjects) order by s.sort_order, s.code) as subject_names
                  from (select r.*, count(*) over () as submitters, sum(r.cases) over () as repeat_cases,
                               count(*) filter (where r.same_subject > 0) over () as same_subject_submitters
                          from %s r
                         order by r.cases desc, r.same_subject desc, r.latest_case_id desc limit %d) t
                  join appeal a on a.id = t.latest_case_id join federation f on f.id = t.federation_id
                 order by t.cases desc, t.same_subject desc, t.latest_case_id desc""".formatted(relation, REPEATS_LISTED))
                .params(params).query(rs -> {
                    totals[0] = rs.getLong("submitters");
                    totals[1] = rs.getLong("repeat_cases");
                    totals[2] = rs.getLong("same_subject_submitters");
                    first.add(new RepeatGrievance(rs.getString("federation_name"), (Long) rs.getObject("member_id"),
                            rs.getString("submitter_name"), rs.getString("submitter_company"),
                            rs.getString("contact_mobile_masked"), rs.getLong("cases"), rs.getLong("same_subject"),
                            strings(rs.getArray("subject_names"))));
                });
        return first.isEmpty() ? RawFigures.Repeats.NONE
                : new RawFigures.Repeats(totals[0], totals[1], totals[2], List.copyOf(first));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
