package cn.qinqing.appeal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.Viewport;
import com.microsoft.playwright.options.FilePayload;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * In Chinese, on a phone, in a real browser: a firm without an account fills in the public form, asks
 * for the code, attaches a program disguised as a PDF (refused next to the file field, the text kept),
 * attaches the real document and gets its tracking number.
 */
@Import(AppealPublicTestConfiguration.class)
@TestPropertySource(properties = {
        "qinqing.otp.resend-interval=PT0S", "qinqing.otp.per-mobile-per-hour=1000",
        "qinqing.otp.per-address-per-hour=100000", "qinqing.appeal.public.per-hour=100000",
        "qinqing.appeal.public.lookups-per-hour=100000"})
class AppealPublicBrowserTest extends BrowserSupport {

    @Autowired
    AppealPublicSms sms;

    @Test
    void aFirmFilesFromItsPhoneReattachesAfterARefusedFileAndGetsItsTrackingNumber() {
        var mobile = AppealPublicTestSupport.uniqueMobile();
        var company = AppealPublicTestSupport.unique("东营黄河口渔具有限公司");
        open(Viewport.PHONE);
        page.navigate("/public/appeals/new");
        assertThat(page.locator("h1")).hasText("企业诉求在线提交");

        page.locator("#company").fill(company);
        page.locator("#contactName").fill("周经理");
        page.locator("#mobile").fill(mobile);
        page.locator("#category").selectOption("COORDINATION");
        page.locator("#subject").selectOption("FINANCING");
        page.locator("#title").fill("续贷被要求追加担保");
        page.locator("#content").fill("我公司流动资金贷款到期，银行要求追加房产抵押方可续贷，请求协调。");
        page.locator(".qq-code-button").click();
        assertThat(page.locator(".qq-code-status")).containsText("验证码已发送至");
        page.locator("#code").fill(sms.latestCode(mobile));
        page.locator("#files").setInputFiles(new FilePayload("贷款合同.pdf", "application/pdf", SampleFiles.exe()));
        page.locator("#submit-appeal").click();

        assertThat(page.locator("#filesError")).containsText("附件“贷款合同.pdf”的类型不允许");
        assertThat(page.locator("#filesReattach")).containsText("贷款合同.pdf");
        assertThat(page.locator("#company")).hasValue(company);
        assertThat(page.locator("#content")).hasValue("我公司流动资金贷款到期，银行要求追加房产抵押方可续贷，请求协调。");
        assertThat(page.locator("#subject")).hasValue("FINANCING");
        var scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        screenshot("refused-file");

        page.locator("#files").setInputFiles(new FilePayload("贷款合同.pdf", "application/pdf", SampleFiles.pdf("合同")));
        page.locator("#submit-appeal").click();

        assertThat(page).hasURL(Pattern.compile(".*/public/appeals/done$"));
        assertThat(page.locator("#tracking-number")).hasText(Pattern.compile("WQ\\d{8}-\\d{4,}"));
        screenshot("receipt");
        assertThat(consoleErrors()).isEmpty();
    }
}
