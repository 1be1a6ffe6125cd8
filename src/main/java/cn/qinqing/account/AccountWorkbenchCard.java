package cn.qinqing.account;

import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.WorkbenchCard;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The administrators' card: accounts to look after (locked, waiting for a first password change, without roles). */
@Component
class AccountWorkbenchCard implements WorkbenchCard {

    private final JdbcClient jdbc;

    AccountWorkbenchCard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Card> card(QinqingUser user) {
        if (!user.has(Role.SYSTEM_ADMIN) && !user.has(Role.SECURITY_ADMIN)) {
            return Optional.empty();
        }
        var figures = jdbc.sql("""
                select count(*),
                       count(*) filter (where u.locked_until > now()),
                       count(*) filter (where u.must_change_password),
                       count(*) filter (where not exists (select 1 from user_role r where r.user_id = u.id))
                  from app_user u join federation f on f.id = u.federation_id
                 where f.path like ?""")
                .param(user.federationPath() + "%")
                .query((rs, n) -> List.of(new Figure("workbench.accounts", rs.getLong(1)),
                        new Figure("workbench.accounts-locked", rs.getLong(2)),
                        new Figure("workbench.accounts-one-time", rs.getLong(3)),
                        new Figure("workbench.accounts-no-role", rs.getLong(4))))
                .single();
        return Optional.of(new Card(10, "workbench.accounts-title", "/users", figures));
    }
}
