package cn.qinqing.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.Viewport;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A click-through of the whole application with the demo district loaded (qinqing.demo=true), as each
 * kind of user would do it: sign in, click every entry of the left menu, open a row of each list, and
 * on every page check the heading, errors, console, bundle keys, language and (on a phone) the width.
 * It shares one Spring context and embedded PostgreSQL (an empty datasource URL) with {@link DemoDataTests}
 * and {@link DemoCasesTests} - same annotations and properties, so Spring's test context cache starts the
 * application and loads the demo once; failsafe runs all three. A test that signs in with a demo account
 * gives it back with a one-time password, as the demo made it ({@link DemoTourSupport}), so the order of the
 * classes does not matter. Screenshots: {@code target/browser-screenshots/DemoTourBrowserTest.<role>-NN-<path>}.
 */
@TestPropertySource(properties = {"qinqing.demo=true", "spring.datasource.url="})
class DemoTourBrowserTest extends DemoTourSupport {

    /** The federation's menu, entry -> start of the page's heading. */
    private static final Map<String, String> FEDERATION_MENU = new LinkedHashMap<>();

    static {
        FEDERATION_MENU.put("会员名册", "会员名册");
        FEDERATION_MENU.put("批量导入", "批量导入会员");
        FEDERATION_MENU.put("会员结构统计", "会员结构统计");
        FEDERATION_MENU.put("诉求办理", "诉求办理");
        FEDERATION_MENU.put("超期诉求", "超期诉求");
        FEDERATION_MENU.put("督办诉求", "督办诉求");
        FEDERATION_MENU.put("法律服务团", "法律服务团");
        FEDERATION_MENU.put("诉求统计通报", "诉求统计通报");
        FEDERATION_MENU.put("工商联", "工商联组织");
        FEDERATION_MENU.put("商会", "商会列表");
        FEDERATION_MENU.put("党组织", "党组织");
        FEDERATION_MENU.put("编制岗位", "编制岗位");
        FEDERATION_MENU.put("政府部门", "政府部门");
    }

    @Test
    void staffWorkThroughEveryPageOfTheDemoDistrict() {
        tour("staff", Viewport.DESKTOP, demoAccount(DemoAccount.USERNAME), withHome(FEDERATION_MENU.keySet()),
                this::staffWalk);
    }

    private void staffWalk() {
        viaMenu("会员名册", "会员名册");
        softly.assertThat(total()).as("the whole roll").isEqualTo(count("select count(*) from member"));
        page.locator("#q").fill("thjt");
        submit("#search", "q=thjt", "会员名册");
        follow(link(page.locator("#member-table tbody"), "通海集团有限公司"), "通海集团有限公司");

        viaMenu("批量导入", "批量导入会员");
        viaMenu("会员结构统计", "会员结构统计");

        viaMenu("诉求办理", "诉求办理");
        softly.assertThat(total()).as("every case").isEqualTo(DemoCasePlan.CASES);
        page.locator("#status").selectOption("TRANSFERRED");
        submit("#search", "status=TRANSFERRED", "诉求办理");
        softly.assertThat(total()).isEqualTo(count("select count(*) from appeal where status = 'TRANSFERRED'"));
        softly.assertThat(page.locator("#appeal-table tbody tr").allInnerTexts()).isNotEmpty()
                .allSatisfy(row -> assertThat(row).contains("已转办"));
        var referred = jdbc.sql("""
                select a.tracking_number from legal_aid_referral r join appeal a on a.id = r.appeal_id
                 order by r.id limit 1""").query(String.class).single();
        page.locator("#status").selectOption("");
        page.locator("#q").fill(referred);
        submit("#search", "q=" + referred, "诉求办理");
        softly.assertThat(total()).as("found by its tracking number").isEqualTo(1);
        openCase();
        follow(link(page.locator("main"), "转介法律服务"), "转介法律服务");
        follow(page.locator("main table tbody").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("查看")).first(), "转介详情");

        viaMenu("超期诉求", "超期诉求");
        softly.assertThat(page.locator("#overdue-cases tbody tr").count()).as("overdue cases").isEqualTo(7);
        viaMenu("督办诉求", "督办诉求");
        viaMenu("法律服务团", "法律服务团");
        openFirstRow("#panel-members");
        viaMenu("诉求统计通报", "诉求统计通报");
        viaMenu("工商联", "工商联组织");
        openFirstRow("#federations");
        viaMenu("商会", "商会列表");
        follow(link(page.locator("#chamber-table tbody"), "石油业商会"), "石油业商会");
        viaMenu("党组织", "党组织");
        openFirstRow("#party-organisations");
        viaMenu("编制岗位", "编制岗位");
        viaMenu("政府部门", "政府部门");
        openFirstRow("#departments");
        follow(page.locator("#qq-inbox"), "消息中心");
        follow(link(page.locator("header"), "修改密码"), "修改密码");
    }

    @Test
    void aLeaderSeesEveryMenuPageWithTheDistrictsFigures() {
        tour("leader", Viewport.DESKTOP, accounts().ready("张建国", Role.LEADER), withHome(FEDERATION_MENU.keySet()), () -> {
            FEDERATION_MENU.forEach(this::viaMenu);
            viaMenu("会员名册", "会员名册");
            softly.assertThat(total()).isEqualTo(count("select count(*) from member"));
        });
    }

    @Test
    void aViceChairSeesTheCasesAndTheOrganisationButNoLegalAidOrStaffing() {
        var entries = List.of("会员名册", "会员结构统计", "诉求办理", "超期诉求", "督办诉求", "诉求统计通报", "工商联", "商会", "党组织");
        tour("vicechair", Viewport.DESKTOP, accounts().ready("刘志强", Role.VICE_CHAIR), withHome(entries), () -> {
            entries.forEach(entry -> viaMenu(entry, FEDERATION_MENU.get(entry)));
            forbidden("/legal-aid");
            forbidden("/posts");
        });
    }

    @Test
    void aChamberSecretarySeesOnlyTheChambersMembers() {
        long chamber = count("select id from chamber where name = '石油业商会'");
        var username = accounts().createBound("secretary", new RoleGrant(Role.CHAMBER_SECRETARY, chamber, null, null));
        tour("secretary", Viewport.DESKTOP, accounts().ready(username),
                List.of("工作台", "会员名册", "会员结构统计", "诉求办理", "商会", "党组织"), () -> secretaryWalk(chamber));
    }

    private void secretaryWalk(long chamber) {
        viaMenu("会员名册", "会员名册");
        softly.assertThat(total()).as("the chamber's members")
                .isEqualTo(count("select count(distinct member_id) from member_chamber where chamber_id = ?", chamber))
                .isPositive();
        openFirstRow("#member-table");
        viaMenu("会员结构统计", "会员结构统计");
        viaMenu("诉求办理", "诉求办理");
        softly.assertThat(total()).as("cases shared with the chamber").isEqualTo(count("""
                select count(*) from appeal a where a.chamber_visible and a.chamber_id = ?
                   and exists (select 1 from member_chamber mc where mc.member_id = a.member_id and mc.chamber_id = a.chamber_id)""",
                chamber));
        viaMenu("商会", "商会列表");
        follow(link(page.locator("#chamber-table tbody"), "石油业商会"), "石油业商会");
        viaMenu("党组织", "党组织");
        forbidden("/legal-aid");
        forbidden("/appeals/overdue");
        hidden("/chambers/" + count("select min(id) from chamber where id <> ?", chamber));
        hidden("/members/" + count("""
                select min(id) from member m where not exists
                  (select 1 from member_chamber mc where mc.member_id = m.id and mc.chamber_id = ?)""", chamber));
    }

    @Test
    void thePoliceLiaisonWorksOnItsPhoneWithItsDepartmentsCasesOnly() {
        long department = count("""
                select r.department_id from user_role r join app_user u on u.id = r.user_id where u.username = 'demo-police'""");
        tour("liaison", Viewport.PHONE, demoAccount("demo-police"), List.of("工作台", "诉求办理"), () -> liaisonWalk(department));
    }

    private void liaisonWalk(long department) {
        viaMenu("诉求办理", "诉求办理");
        softly.assertThat(total()).as("the department's cases")
                .isEqualTo(count("select count(*) from appeal where department_id = ?", department)).isPositive();
        var own = jdbc.sql("select tracking_number from appeal where department_id = ?").param(department)
                .query(String.class).list();
        var shown = page.locator("#appeal-table tbody tr td:first-child").allInnerTexts().stream().map(String::strip).toList();
        softly.assertThat(own).containsAll(shown);
        openCase();
        follow(page.locator("#qq-inbox"), "消息中心");
        follow(link(page.locator("header"), "修改密码"), "修改密码");
        viaMenu("工作台", "欢迎您，");
        forbidden("/members");
        forbidden("/legal-aid");
        hidden("/appeals/" + count("select min(id) from appeal where department_id is distinct from ?", department));
    }

    @Test
    void theMemberChangesItsOneTimePasswordOnItsPhoneAndSeesOnlyItsOwnCases() {
        long memberId = count("""
                select r.member_id from user_role r join app_user u on u.id = r.user_id where u.username = 'demo-member'""");
        var account = withPassword(DemoCases.MEMBER_ACCOUNT, "Start#246810x", true);
        start(Viewport.PHONE, "member");
        page.navigate("/login");
        page.locator("#username").fill(account.username());
        page.locator("#password").fill(account.password());
        page.locator("#login-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
        check("修改密码");
        page.locator("#currentPassword").fill(account.password());
        page.locator("#newPassword").fill("Hekou-Jiuye#2026");
        page.locator("#confirmPassword").fill("Hekou-Jiuye#2026");
        page.locator("#save").click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        check("欢迎您，" + DemoCases.OWN_MEMBER);
        assertThat(menu()).containsExactly("工作台", "诉求办理");

        viaMenu("诉求办理", "诉求办理");
        softly.assertThat(total()).as("its own cases")
                .isEqualTo(count("select count(*) from appeal where member_id = ?", memberId)).isPositive();
        var own = jdbc.sql("select tracking_number from appeal where member_id = ?").param(memberId).query(String.class).list();
        var shown = page.locator("#appeal-table tbody tr td:first-child").allInnerTexts().stream().map(String::strip).toList();
        softly.assertThat(own).containsAll(shown);
        openCase();
        viaMenu("诉求办理", "诉求办理");
        follow(page.locator("#new-appeal"), "提交诉求");
        follow(page.locator("#qq-inbox"), "消息中心");
        follow(page.locator("#settings"), "通知设置");
        hidden("/appeals/" + count("select min(id) from appeal where member_id is distinct from ?", memberId));
        forbidden("/members/" + memberId);
        forbidden("/chambers");
        checkLinks();
        softly.assertAll();
    }

    @Test
    void theThreeAdministratorsSeeTheirOwnPagesAndNoBusinessData() {
        var menus = Map.of(TestAccounts.SYSADMIN, List.of("工作台", "用户管理", "工作日历"),
                TestAccounts.SECADMIN, List.of("工作台", "用户管理"),
                TestAccounts.AUDITADMIN, List.of("工作台", "审计日志"));
        for (var admin : TestAccounts.ADMINS) {
            tour(admin, Viewport.DESKTOP, accounts().ready(admin), menus.get(admin), () -> adminWalk(menus.get(admin)));
            closeContext();
        }
    }

    private void adminWalk(List<String> menu) {
        if (menu.contains("用户管理")) {
            viaMenu("用户管理", "用户管理");
            follow(page.locator("#users tbody tr").filter(new Locator.FilterOptions().setHasText("demo-police"))
                    .getByRole(AriaRole.LINK).first(), "河口区公安分局联络员");
        }
        if (menu.contains("审计日志")) {
            // The trail's user, object and detail columns hold the log's own codes (e.g. "system", "ACCOUNT"), and so
            // does the action column for an action the bundles do not name.
            codesIn("#audit-records td:nth-child(3), #audit-records td:nth-child(6), #audit-records td:nth-child(7), #audit-records td:nth-child(9)");
            viaMenu("审计日志", "审计日志");
            softly.assertThat(page.locator("#audit-records td:nth-child(6)").allInnerTexts()).as("actions by name")
                    .contains("登录").doesNotContain("LOGIN");
        }
        if (menu.contains("工作日历")) {
            viaMenu("工作日历", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + " 年工作日历");
        }
        for (var path : List.of("/members", "/appeals", "/chambers", "/legal-aid", "/statistics/members",
                "/appeals/statistics", "/notifications")) {
            forbidden(path);
        }
    }

    /** Submits a filter form and checks the list it answers. */
    private void submit(String button, String inUrl, String heading) {
        page.locator(button).click();
        assertThat(page).hasURL(Pattern.compile(".*" + literal(inUrl) + ".*"));
        check(heading);
    }

    /** Clicks the first link of a table's first row: a name whose page has that name as its heading. */
    private void openFirstRow(String table) {
        var first = page.locator(table + " tbody tr a").first();
        follow(first, first.innerText().strip());
    }

    /** Clicks the title of the first case in the list; the case's page has the title as its heading. */
    private void openCase() {
        var title = page.locator("#appeal-table tbody tr").first().locator("a").nth(1);
        follow(title, title.innerText().strip());
    }

    private static Locator link(Locator within, String name) {
        return within.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true)).first();
    }

    private static List<String> withHome(java.util.Collection<String> entries) {
        var all = new java.util.ArrayList<String>();
        all.add("工作台");
        all.addAll(entries);
        return all;
    }
}
