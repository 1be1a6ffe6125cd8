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
    static final String ORDER = "cases desc, same_subject desc, latest_case_id desc";

    private static final String LISTED = """
            select t.federation_id, t.member_id, t.cases, t.same_subject, t.totals,
                   a.submitter_name, a.submitter_company, a.contact_mobile_masked, f.name as federation_name,
                   array(select s.name from appeal_subject s where s.code = any(t.subjects) order by s.sort_order, s.code) as subject_names
              from (%s) t
              join appeal a on a.id = t.latest_case_id join federation f on f.id = t.federation_id
             order by t.%s""";

    private final JdbcClient jdbc;

    RepeatQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The repeat submitters counted live from the cases (the parameters of {@link AppealFigureSql#repeats}). */
    RawFigures.Repeats live(String source, Map<String, Object> params) {
        var totals = new long[3];
        var listed = listed("""
                select r.*, cast(array[count(*) over (), sum(r.cases) over (), count(*) filter (where r.same_subject > 0) over ()] as bigint[]) as totals
                  from (%s) r order by %s limit %d""".formatted(AppealFigureSql.repeats(source), ORDER, REPEATS_LISTED),
                params, totals);
        return listed.isEmpty() ? RawFigures.Repeats.NONE
                : new RawFigures.Repeats(totals[0], totals[1], totals[2], listed);
    }

    /** The cached repeat submitters of the federations under the path: totals per federation, the first of them kept. */
    RawFigures.Repeats cached(Map<String, Object> params) {
        var totals = jdbc.sql("""
                select coalesce(sum(s.repeat_submitters), 0), coalesce(sum(s.repeat_cases), 0),
                       coalesce(sum(s.same_subject_submitters), 0)
                  from appeal_figures_state s join federation f on f.id = s.federation_id
                 where f.path like :path and s.month = :month""")
                .params(params).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        if (totals[0] == 0) {
            return RawFigures.Repeats.NONE;
        }
        var listed = listed("""
                select r.*, null as totals from appeal_figures_repeat r join federation f on f.id = r.federation_id
                 where f.path like :path and r.month = :month order by %s limit %d""".formatted(ORDER, REPEATS_LISTED),
                params, null);
        return new RawFigures.Repeats(totals[0], totals[1], totals[2], listed);
    }

    private List<RepeatGrievance> listed(String relation, Map<String, Object> params, long[] totals) {
        var listed = new ArrayList<RepeatGrievance>();
        jdbc.sql(LISTED.formatted(relation, ORDER)).params(params).query(rs -> {
            if (totals != null) {
                var t = (Long[]) rs.getArray("totals").getArray();
                for (int i = 0; i < 3; i++) {
                    totals[i] = t[i];
                }
            }
            listed.add(new RepeatGrievance(rs.getString("federation_name"), (Long) rs.getObject("member_id"),
                    rs.getString("submitter_name"), rs.getString("submitter_company"),
                    rs.getString("contact_mobile_masked"), rs.getLong("cases"), rs.getLong("same_subject"),
                    strings(rs.getArray("subject_names"))));
        });
        return List.copyOf(listed);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
