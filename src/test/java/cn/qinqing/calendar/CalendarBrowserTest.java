package cn.qinqing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.TestAccounts.TestAccount;
import cn.qinqing.support.Viewport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The system administrator keeps the working-day calendar in Chinese: the year's months with
 * holidays marked, a refused entry that keeps its input, an accepted one; on a phone the page
 * does not spill sideways. Edits use 2094 only.
 */
class CalendarBrowserTest extends BrowserSupport {

    TestAccount sysadmin;

    @BeforeEach
    void ready() {
        accounts().adminsReady();
        // 2094 unpublished again: only this test touches it.
        jdbc.sql("delete from calendar_special_day where year = 2094").update();
        jdbc.sql("delete from calendar_year where year = 2094").update();
        sysadmin = new TestAccount(0, TestAccounts.SYSADMIN, "系统管理员", TestAccounts.PASSWORD);
    }

    @Test
    void theAdministratorSeesTheYearAndAddsASwappedWorkingDay() {
        open(Viewport.DESKTOP);
        logIn(sysadmin);
        page.navigate("/calendar?year=2026");
        assertThat(page.locator(".qq-cal-month").count()).isEqualTo(12);
        assertThat(page.locator("#month-10 td[data-kind=holiday]").count()).isEqualTo(5);
        assertThat(page.locator("#month-10 td[data-kind=workday]").count()).isEqualTo(1);
        assertThat(page.locator("#month-10 td[data-kind=break]").count()).isEqualTo(2);
        screenshot("year-2026");

        page.navigate("/calendar?year=2094");
        assertThat(page.locator("#unpublished").isVisible()).isTrue();
        page.locator("#date").fill("2094-01-02");
        page.locator("#kind").selectOption("HOLIDAY");
        page.locator("#name").fill("元旦");
        page.locator("#add-submit").click();
        assertThat(page.locator("#add-day .invalid-feedback").first().textContent()).contains("本来就休息");
        assertThat(page.locator("#date").inputValue()).isEqualTo("2094-01-02");
        assertThat(page.locator("#name").inputValue()).isEqualTo("元旦");

        page.locator("#kind").selectOption("WORKDAY");
        page.locator("#add-submit").click();
        assertThat(page.locator("#special-days tr[data-date='2094-01-02']").textContent()).contains("调休上班");
        assertThat(page.locator("#month-1 td[data-kind=workday]").count()).isEqualTo(1);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void onAPhoneTheMonthsStackWithoutSpillingSideways() {
        open(Viewport.PHONE);
        logIn(sysadmin);
        page.navigate("/calendar?year=2026");
        assertThat(page.locator(".qq-cal-month").count()).isEqualTo(12);
        var overflow = (Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        screenshot("year-2026");
        assertThat(consoleErrors()).isEmpty();
    }
}
