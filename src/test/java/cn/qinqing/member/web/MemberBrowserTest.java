package cn.qinqing.member.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.member.SearchTerms;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.Viewport;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chinese, in a real browser: a firm applies on the public page, a staff member approves the
 * application and finds the new member again by the pinyin initials of its name.
 */
class MemberBrowserTest extends BrowserSupport {

    /** Characters with one reading each, so the name's initials are certain. */
    private static final String CHARACTERS = "鑫瑞博恒泰丰源宇金盛凯润德鼎浩明";

    @Autowired
    ApplicationRateLimit limit;
    @Autowired
    Federations federations;

    @BeforeEach
    void clearLimit() {
        limit.reset();
    }

    static String uniqueFirmName() {
        var random = ThreadLocalRandom.current();
        var name = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            name.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return name + "石油装备有限公司";
    }

    @Test
    void aFirmAppliesStaffApprovesAndFindsItByPinyinInitials() {
        var chamberName = "石油业商会" + MemberTestData.unique();
        var chamber = new MemberTestData(jdbc, federations).chamber(chamberName);
        var name = uniqueFirmName();
        var code = MemberTestData.enterpriseCode();
        var initials = SearchTerms.of(name).text().substring(SearchTerms.of(name).text().lastIndexOf(' ') + 1);
        open(Viewport.DESKTOP);

        page.navigate("/login");
        page.locator("#apply-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/apply$"));
        page.locator("#type").selectOption("ENTERPRISE");
        page.locator("#name").fill(name);
        page.locator("#creditCode").fill(code.toLowerCase());
        page.locator("#legalRepresentative").fill("孙立新");
        page.locator("#contactName").fill("周敏");
        page.locator("#mobile").fill("1380546");
        page.locator("#industry").selectOption("C");
        page.locator("#chamberIds").selectOption(String.valueOf(chamber));
        page.locator("#apply").click();

        assertThat(page.locator("#mobileError")).hasText("手机号应为 11 位数字，以 13-19 开头");
        assertThat(page.locator("#name")).hasValue(name);
        screenshot("apply-error");
        page.locator("#mobile").fill("13805467788");
        page.locator("#apply").click();
        assertThat(page.locator("#application-reference")).hasText(Pattern.compile("SQ\\d{10}"));
        screenshot("applied");

        logIn(accounts().ready("王秀英", Role.STAFF));
        page.navigate("/members?status=APPLIED&chamberId=" + chamber);
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(name)).first().click();
        assertThat(page.locator("#member-name")).hasText(name);
        assertThat(page.locator("#member-status")).hasText("申请中");
        assertThat(page.locator("#code-kind")).hasText("第 1-2 位 91：企业");
        assertThat(page.locator("#member-local")).hasText("本地");
        assertThat(page.locator("#member-chambers")).containsText(chamberName);
        assertThat(page.locator("#timeline-table")).containsText("申请人（网上申请）");
        page.locator("#approve").click();

        assertThat(page.locator("#member-status")).hasText("在册");
        assertThat(page.locator("#member-number")).hasText(Pattern.compile("370503-\\d{4}-\\d{4,}"));
        assertThat(page.locator("#timeline-table")).containsText("审核通过");
        screenshot("approved");

        page.locator("#qq-nav").getByText("会员名册").click();
        page.locator("#q").fill(initials);
        page.locator("#search").click();
        assertThat(page.locator("#member-table tbody")).containsText(name);
        assertThat(page.locator("#member-table tbody tr")).hasCount(1);
        screenshot("found-by-initials");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void onAPhoneTheApplicationFormShowsOnlyTheFieldsOfTheChosenType() {
        open(Viewport.PHONE);

        page.navigate("/apply");
        page.locator("#type").selectOption("INDIVIDUAL");

        assertThat(page.locator("#idNumber")).isVisible();
        assertThat(page.locator("#creditCode")).isHidden();
        page.locator("#name").fill("赵刚");
        page.locator("#idNumber").fill("370503850214003");
        page.locator("#mobile").fill("13905461234");
        page.locator("#apply").click();
        assertThat(page.locator("#idNumberError")).hasText("不再受理 15 位旧身份证号，请填写 18 位居民身份证号");
        assertThat(page.locator("#creditCode")).isHidden();
        page.locator("#type").selectOption("ENTERPRISE");
        assertThat(page.locator("#creditCode")).isVisible();
        assertThat(page.locator("#idNumber")).isHidden();
        screenshot("apply-phone");
        assertThat(consoleErrors()).isEmpty();
    }
}
