package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.caseBody;
import static cn.qinqing.appeal.AppealFixture.file;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.TestAccounts;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** Attachments on the signed-in pages: the intake page (member and staff) and the case page. */
class AppealAttachmentPagesTests extends AppealPublicTestSupport {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @Test
    void aMembersRefusedFileKeepsTheTypedCaseAndTheNextTryFilesCaseAndFileTogether() {
        long memberId = fx.member("页面附件企业");
        var username = accounts.createBound("apmember", new RoleGrant(Role.MEMBER, null, memberId, null));
        var browser = PublicVisitor.signedIn(accounts.port(), username, TestAccounts.PASSWORD);
        var key = key(browser);

        var refused = browser.postForm("/appeals/new", intake(key, "材料齐全的欠款诉求")
                .file("files", "欠条.pdf", "application/pdf", SampleFiles.pdf("欠条"))
                .file("files", "照片.pdf", "application/pdf", SampleFiles.png()));
        var page = HtmlUtils.htmlUnescape(refused.body());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(page).contains("id=\"filesError\"", "附件“照片.pdf”的内容与文件扩展名不符");
        assertThat(page).contains("value=\"材料齐全的欠款诉求\"", "我公司为某工程项目供货", "附件尚未保存，请重新选择：欠条.pdf、照片.pdf");
        assertThat(jdbc.sql("select count(*) from appeal where member_id = ?").param(memberId).query(Long.class).single())
                .isZero();

        var filed = browser.postForm("/appeals/new", intake(key, "材料齐全的欠款诉求")
                .file("files", "欠条.pdf", "application/pdf", SampleFiles.pdf("欠条"))
                .file("files", "照片.png", "image/png", SampleFiles.png()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        var detail = HtmlUtils.htmlUnescape(browser.get(filed.header("Location").replace("http://localhost:" + accounts.port(), "")).body());
        assertThat(detail).contains("附件（2）", "欠条.pdf", "照片.png", "/attachments/");
    }

    @Test
    void staffAddAFileOnTheCasePageAndARefusedOneIsExplainedThere() {
        var member = fx.memberAccount(fx.member("详情附件企业"));
        long id = file(member, caseBody("COMPLAINT", "ARREARS", "详情页附件"));
        var browser = PublicVisitor.signedIn(accounts.port(), fx.staffName, TestAccounts.PASSWORD);
        browser.token = browser.csrfOf("/appeals/" + id);

        var refused = browser.postForm("/appeals/" + id + "/attachments",
                new Multipart().file("file", "说明.docx", "application/octet-stream", SampleFiles.xlsm()));
        var afterRefusal = HtmlUtils.htmlUnescape(browser.get("/appeals/" + id).body());
        var added = browser.postForm("/appeals/" + id + "/attachments",
                new Multipart().file("file", "约谈记录.docx", "application/octet-stream", SampleFiles.docx("约谈记录")));
        var afterAdding = HtmlUtils.htmlUnescape(browser.get("/appeals/" + id).body());

        assertThat(refused.status()).isEqualTo(302);
        assertThat(afterRefusal).contains("id=\"attachment-error\"", "附件“说明.docx”含有宏");
        assertThat(added.status()).isEqualTo(302);
        assertThat(afterAdding).contains("已添加附件“约谈记录.docx”", "附件（1）");
        assertThat(HtmlUtils.htmlUnescape(browser.get("/appeals/" + id).body())).as("the notice shows once")
                .doesNotContain("已添加附件“约谈记录.docx”");
    }

    private static String key(PublicVisitor browser) {
        var matcher = KEY.matcher(browser.get("/appeals/new").body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static Multipart intake(String key, String title) {
        return new Multipart().field("idempotencyKey", key).field("category", "COMPLAINT").field("subject", "ARREARS")
                .field("title", title).field("content", "我公司为某工程项目供货，货款 38 万元逾期半年未付。");
    }
}
