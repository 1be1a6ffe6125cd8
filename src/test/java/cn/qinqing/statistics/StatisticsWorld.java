package cn.qinqing.statistics;

import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.FormerMembers;
import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberDraft;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberStatus;
import cn.qinqing.member.MemberType;
import cn.qinqing.member.OrganisationKind;
import cn.qinqing.organisation.ChamberDraft;
import cn.qinqing.organisation.ChamberKind;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.IdNumber;
import cn.qinqing.support.Api;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A federation of its own for one test (a fictional region "39xxxx" under the province, so no other
 * test's members land in it), with a staff account, and members made through the real services
 * (rules, encryption, periods, events) while signed in as that staff account.
 */
final class StatisticsWorld {

    static final String PASSWORD = "Stats#2026xq";
    private static final Random RANDOM = new Random();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final UserDetailsService users;
    private final MemberService members;
    private final FormerMembers former;
    private final Chambers chambers;
    private final int port;
    final long federationId;
    final String region;
    final String staff;
    private int serial;

    StatisticsWorld(JdbcClient jdbc, PasswordEncoder encoder, UserDetailsService users, MemberService members,
                    FormerMembers former, Chambers chambers, int port) {
        this(jdbc, encoder, users, members, former, chambers, port, null);
    }

    /** A world whose federation lies below the parent world's (directly under the province without one). */
    StatisticsWorld(JdbcClient jdbc, PasswordEncoder encoder, UserDetailsService users, MemberService members,
                    FormerMembers former, Chambers chambers, int port, StatisticsWorld parent) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.users = users;
        this.members = members;
        this.former = former;
        this.chambers = chambers;
        this.port = port;
        region = freeRegion();
        var root = parent != null
                ? jdbc.sql("select id, path from federation where id = ?").param(parent.federationId)
                        .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single()
                : jdbc.sql("select id, path from federation where parent_id is null order by id limit 1")
                        .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        federationId = jdbc.sql("insert into federation (name, level, region_code, parent_id, path) values (?, 'DISTRICT', ?, ?, '') returning id")
                .params("统计测试区工商联" + region, region, root[0]).query(Long.class).single();
        jdbc.sql("update federation set path = ? where id = ?").params(root[1] + "" + federationId + "/", federationId).update();
        staff = account(Role.STAFF, null);
    }

    /** A new account of this federation holding one role (bound to a chamber when given), or none. */
    String account(Role role, Long chamberId) {
        var username = "sw-" + UUID.randomUUID().toString().substring(0, 12);
        var id = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, federation_id, must_change_password)
                values (?, ?, ?, ?, false) returning id""")
                .params(username, "统计测试" + (role == null ? "无角色" : role.name()), encoder.encode(PASSWORD), federationId).query(Long.class).single();
        if (role != null) {
            jdbc.sql("insert into user_role (user_id, role, chamber_id) values (?, ?, ?)").params(id, role.name(), chamberId).update();
        }
        return username;
    }

    Api api(String username) {
        return Api.as(port, username, PASSWORD);
    }

    long chamber(String name) {
        var code = CreditCode.fromPrefix("51" + region + "QT" + String.format("%07d", RANDOM.nextInt(10_000_000))).value();
        return as(staff, () -> chambers.create(new ChamberDraft(federationId, name, ChamberKind.INDUSTRY, code, null, null,
                null, null, null, null, null)).id());
    }

    /** An organisation draft: code kind "91", "92" or "51", registered in this region or another. */
    MemberDraft organisation(MemberType type, String kindCode, boolean local, boolean highTech, Industry industry,
                             EnterpriseSize size, LocalDate joinedOn) {
        var codeRegion = local ? region : "370503";
        var code = CreditCode.fromPrefix(kindCode + codeRegion + "QT" + String.format("%07d", ++serial)).value();
        OrganisationKind kind = null;
        return new MemberDraft(type, "统计测试企业" + UUID.randomUUID().toString().substring(0, 8), code, "法人", null,
                null, industry, kind, size, highTech, null, null, null, null, null, joinedOn);
    }

    MemberDraft individual(boolean local, LocalDate joinedOn) {
        var first17 = (local ? region : "370503") + "19800101" + String.format("%03d", 100 + ++serial % 900);
        return new MemberDraft(MemberType.INDIVIDUAL, "统计测试个人" + serial, null, null,
                first17 + IdNumber.checkCharacter(first17), null, null, null, null, false, null, null, null, null,
                null, joinedOn);
    }

    /** Registers and approves: active from the draft's join date. */
    long active(MemberDraft draft, Long... chamberIds) {
        return as(staff, () -> {
            var id = members.register(draft, List.of(chamberIds));
            members.approve(id, null);
            return id;
        });
    }

    /** Active from the join date, ended today. */
    long endedToday(MemberDraft draft) {
        var id = active(draft);
        as(staff, () -> members.end(id, MemberStatus.WITHDRAWN, "统计测试退会"));
        return id;
    }

    long former(MemberDraft draft, LocalDate endedOn) {
        return as(staff, () -> former.record(draft, List.of(), endedOn, MemberStatus.LAPSED, "统计测试失效"));
    }

    long applied(MemberDraft draft) {
        return as(staff, () -> members.register(draft, List.of()));
    }

    /** Runs the action signed in as the account, as a request of it would be. */
    <T> T as(String username, Supplier<T> action) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private String freeRegion() {
        for (int i = 0; i < 1000; i++) {
            var code = String.format("39%02d%02d", RANDOM.nextInt(100), 1 + RANDOM.nextInt(99));
            if (jdbc.sql("select count(*) from federation where region_code = ?").param(code).query(Long.class).single() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free region code");
    }
}
