package cn.qinqing.demo;

import cn.qinqing.account.Accounts;
import cn.qinqing.account.RoleAdministration.RoleAssignment;
import cn.qinqing.appeal.AppealCategories;
import cn.qinqing.appeal.PastAppeals;
import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.organisation.DepartmentKind;
import cn.qinqing.organisation.Federation;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The rights-protection centre's demo (issue 4): the partner departments, a year of cases entered
 * through {@link PastAppeals} as the case ledger would be, the legal-aid panel with referrals, and
 * the accounts to look at it all from: liaisons of the public-security bureau and of market
 * regulation, and the own account of 黄河三角洲酒业有限公司.
 */
@Component
class DemoCases {

    static final String OWN_MEMBER = "黄河三角洲酒业有限公司";
    static final Map<String, DepartmentKind> LIAISONS = Map.of("demo-police", DepartmentKind.PUBLIC_SECURITY,
            "demo-market", DepartmentKind.MARKET_REGULATION);
    static final String MEMBER_ACCOUNT = "demo-member";

    private final DemoDepartments departments;
    private final PastAppeals past;
    private final AppealCategories categories;
    private final WorkingCalendar calendar;
    private final DemoLegalAid legalAid;
    private final DemoAccount accountMaker;
    private final Accounts accounts;
    private final JdbcClient jdbc;

    DemoCases(DemoDepartments departments, PastAppeals past, AppealCategories categories, WorkingCalendar calendar,
              DemoLegalAid legalAid, DemoAccount accountMaker, Accounts accounts, JdbcClient jdbc) {
        this.departments = departments;
        this.past = past;
        this.categories = categories;
        this.calendar = calendar;
        this.legalAid = legalAid;
        this.accountMaker = accountMaker;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /**
     * Loads the cases as the clerk: the demo's staff account (the history and the audit need a real
     * account), acting as "demo-data". Answers the new accounts' one-time passwords by username.
     */
    Map<String, String> load(Federation home, LocalDate today) {
        var demoId = accounts.findByUsername(DemoAccount.USERNAME).map(QinqingUser::id).orElseThrow();
        var clerk = new QinqingUser(demoId, DemoData.ACTOR, "演示数据", "", home.id(), home.path(),
                Set.of(RoleGrant.of(Role.STAFF)), false, true, null);
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(clerk, null, clerk.getAuthorities()));
        try {
            var found = departments.ensure(clerk, home);
            var ids = new HashMap<DepartmentKind, Long>();
            var names = new HashMap<DepartmentKind, String>();
            found.forEach((kind, entry) -> {
                ids.put(kind, entry.getKey());
                names.put(kind, entry.getValue());
            });
            var random = new Random(DemoLoader.SEED + 4);
            var members = jdbc.sql("select id, name from member where federation_id = ? and status = 'ACTIVE' order by id")
                    .param(home.id()).query((rs, n) -> new DemoCasePlan.Firm(rs.getLong(1), rs.getString(2))).list();
            var own = members.stream().filter(m -> m.name().equals(OWN_MEMBER)).findFirst().orElse(members.get(0));
            var limits = new HashMap<String, Integer>();
            categories.all().forEach(c -> limits.put(c.code(), c.handlingDays()));
            var plan = new DemoCasePlan(random, calendar, today, limits, members, own, ids, names,
                    new DemoNames(random)).plan();
            var entered = new ArrayList<Long>();
            for (var planned : plan) {
                entered.add(past.enter(planned.appeal()).id());
            }
            legalAid.load(home, entered, today, random);
            var passwords = new LinkedHashMap<String, String>();
            for (var liaison : List.of("demo-police", "demo-market")) {
                var kind = LIAISONS.get(liaison);
                accountMaker.create(home, liaison, names.get(kind) + "联络员",
                                new RoleAssignment(List.of(Role.DEPARTMENT_LIAISON.name()), null, null, ids.get(kind)))
                        .ifPresent(p -> passwords.put(liaison, p));
            }
            accountMaker.create(home, MEMBER_ACCOUNT, own.name(),
                            new RoleAssignment(List.of(Role.MEMBER.name()), null, own.id(), null))
                    .ifPresent(p -> passwords.put(MEMBER_ACCOUNT, p));
            return passwords;
        } finally {
            context.setAuthentication(before);
        }
    }
}
