package cn.qinqing.statistics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The names the figures are shown with: federations, departments, categories and subjects, in their order. */
@Component
class AppealNames {

    private final JdbcClient jdbc;

    AppealNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, String> federations(Collection<Long> ids) {
        return byId("select id, name from federation where id = any(cast(? as bigint[])) order by path", ids);
    }

    Map<Long, String> departments(Collection<Long> ids) {
        return byId("select id, name from department where id = any(cast(? as bigint[])) order by name, id", ids);
    }

    /** Every category by code in the order of the registry. */
    Map<String, String> categories() {
        return byCode("select code, name from appeal_category order by sort_order, code");
    }

    /** The active subjects by code, and disabled ones that cases of the period still use. */
    Map<String, String> subjects(Collection<String> used) {
        var names = new LinkedHashMap<String, String>();
        jdbc.sql("select code, name from appeal_subject where active or code = any(cast(? as varchar[])) order by sort_order, code")
                .param(used.stream().collect(Collectors.joining(",", "{", "}"))).query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    private Map<Long, String> byId(String sql, Collection<Long> ids) {
        var names = new LinkedHashMap<Long, String>();
        if (ids.isEmpty()) {
            return names;
        }
        var literal = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        jdbc.sql(sql).param(literal).query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }

    private Map<String, String> byCode(String sql) {
        var names = new LinkedHashMap<String, String>();
        jdbc.sql(sql).query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }
}
