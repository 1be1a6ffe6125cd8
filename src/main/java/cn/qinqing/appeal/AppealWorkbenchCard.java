package cn.qinqing.appeal;

import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.web.WorkbenchCard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workbench card of the rights-protection centre (维权服务): the cases the account sees that wait for
 * someone - to be accepted, in handling, overdue, under supervision (督办), resolved and not yet rated -
 * counted under the same visibility rule as the case list ({@link AppealAccess}), in one statement.
 */
@Component
class AppealWorkbenchCard implements WorkbenchCard {

    private final JdbcClient jdbc;
    private final Clock clock;

    AppealWorkbenchCard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Card> card(QinqingUser user) {
        var access = AppealAccess.of(user);
        if (access.seesNone()) {
            return Optional.empty();
        }
        var params = new HashMap<String, Object>();
        var condition = access.condition(params);
        params.put("today", LocalDate.now(clock));
        var counts = jdbc.sql("""
                select count(*) filter (where a.status = 'SUBMITTED'),
                       count(*) filter (where a.due_on is not null and a.status <> 'SUBMITTED'),
                       count(*) filter (where a.due_on < :today),
                       count(*) filter (where a.due_on is not null and a.supervised_on is not null),
                       count(*) filter (where a.status = 'RESOLVED' and a.rating is null)
                """ + AppealRepository.COUNT_FROM + " where (a.due_on is not null or a.status = 'RESOLVED') and "
                        + condition)
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .single();
        return Optional.of(new Card(10, "appeal.workbench", "/appeals", List.of(
                new Figure("appeal.workbench.submitted", counts[0]),
                new Figure("appeal.workbench.handling", counts[1]),
                new Figure("appeal.workbench.overdue", counts[2]),
                new Figure("appeal.workbench.supervised", counts[3]),
                new Figure("appeal.workbench.unrated", counts[4]))));
    }
}
