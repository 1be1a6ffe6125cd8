package cn.qinqing.demo;

import cn.qinqing.member.MemberFilter;
import cn.qinqing.member.MemberService;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federation;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.shared.web.ValidationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data (演示数据), only with {@code --qinqing.demo=true}: the seed's district with its chambers,
 * party organisations, staffing and a roll of 880 active members, then a year of the rights-protection
 * centre's cases with the departments, the legal-aid panel and their accounts ({@link DemoCases}).
 * Runs once: a marker row records the load, and a federation that already has members or chambers is
 * left alone. Everything goes in as
 * one transaction, so a failed load leaves nothing behind.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "qinqing.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String ACTOR = "demo-data";
    /** What each demo account is, for the banner. */
    private static final Map<String, String> DESCRIPTIONS = Map.of(DemoAccount.USERNAME, "机关干部 STAFF",
            "demo-police", "公安分局联络员 DEPARTMENT_LIAISON", "demo-market", "市场监管局联络员 DEPARTMENT_LIAISON",
            DemoCases.MEMBER_ACCOUNT, DemoCases.OWN_MEMBER + " MEMBER");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Federations federations;
    private final MemberService members;
    private final Chambers chambers;
    private final DemoLoader loader;
    private final DemoAccount account;
    private final DemoCases cases;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoData(Federations federations, MemberService members, Chambers chambers, DemoLoader loader, DemoAccount account,
             DemoCases cases, JdbcClient jdbc, TransactionTemplate transaction) {
        this.federations = federations;
        this.members = members;
        this.chambers = chambers;
        this.loader = loader;
        this.account = account;
        this.cases = cases;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from demo_data_load)").query(Boolean.class).single()) {
            log.info("Demo data already loaded; nothing to do");
            return;
        }
        var home = federations.home();
        var caller = caller(home, Role.STAFF);
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.getAuthorities()));
        try {
            if (members.search(MemberFilter.all(), 0, 1).page().totalElements() > 0
                    || chambers.list(null, null, 0, 1).page().totalElements() > 0) {
                log.warn("Demo data not loaded: {} already has members or chambers", home.name());
                return;
            }
            var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            var passwords = transaction.execute(status -> {
                int count = loader.load(caller, home, today);
                jdbc.sql("insert into demo_data_load (id, seed, members) values (1, ?, ?)")
                        .params(DemoLoader.SEED, count).update();
                var made = new LinkedHashMap<String, String>();
                account.create(home).ifPresent(p -> made.put(DemoAccount.USERNAME, p));
                made.putAll(cases.load(home, today));
                return made;
            });
            log.info("Demo data loaded into {}", home.name());
            if (!passwords.isEmpty()) {
                var lines = new StringBuilder();
                passwords.forEach((name, p) -> lines.append("  %-12s %-16s %s%n".formatted(name, p, DESCRIPTIONS.get(name))));
                System.out.println("""

                        ================ 亲清 Qinqing: 演示数据 / demo data ================
                        演示账号一次性密码（仅显示这一次，首次登录后必须修改）:
                        Demo accounts, one-time passwords (shown once only):
                        %s======================================================================
                        """.formatted(lines));
            }
        } catch (ValidationException e) {
            log.error("Demo data not loaded, nothing was written: {}", e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The loader's own caller: the audit trail names it "demo-data". */
    static QinqingUser caller(Federation home, Role role) {
        return new QinqingUser(-1, ACTOR, "演示数据", "", home.id(), home.path(), Set.of(RoleGrant.of(role)), false,
                true, null);
    }
}
