package cn.qinqing.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.member.MemberTestData;
import cn.qinqing.support.Api;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * The public form (公众网上提交): a firm without an account files a case with the code sent to its
 * mobile; anything refused keeps what was typed and stores nothing; a retry never files twice.
 */
class AppealPublicSubmissionTests extends AppealPublicTestSupport {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Clock clock;

    @Test
    void aFirmWithoutAnAccountFilesACaseWithItsCodeAndAnAttachmentAndGetsTheTrackingNumberAndDueDate() throws Exception {
        var visitor = new PublicVisitor(accounts.port());
        var mobile = uniqueMobile();
        var company = unique("河口区非会员建材公司");
        var creditCode = MemberTestData.enterpriseCode();
        assertThat(visitor.requestCode(mobile, PublicAppeals.SUBMIT_PURPOSE).status()).isEqualTo(200);

        var filed = visitor.postForm("/public/appeals/new", form(visitor, company, mobile, sms.latestCode(mobile))
                .field("creditCode", creditCode.toLowerCase())
                .field("chamberConsent", "true") // an old form's field: ignored, no chamber sees a non-member's case
                .file("files", "工程款欠条.pdf", "application/pdf", SampleFiles.pdf("欠条原件扫描")));

        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        assertThat(filed.header("Location")).endsWith("/public/appeals/done");
        var receipt = visitor.get("/public/appeals/done");
        var row = jdbc.sql("""
                select a.id, a.tracking_number, a.channel, a.federation_id, a.submitted_by, a.chamber_visible,
                       a.submitter_name, a.contact_mobile_masked, p.credit_code
                  from appeal a join appeal_public_intake p on p.appeal_id = a.id where a.submitter_company = ?""")
                .param(company).query().singleRow();
        var due = calendar.addWorkingDays(LocalDate.now(clock), 1);
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body()).contains("诉求已提交", (String) row.get("tracking_number"), due.toString());
        assertThat((String) row.get("tracking_number")).matches("WQ\\d{8}-\\d{4,}");
        assertThat(row.get("channel")).isEqualTo("PUBLIC_WEB");
        assertThat(((Number) row.get("federation_id")).longValue()).isEqualTo(federations.home().id());
        assertThat(row.get("submitted_by")).isNull();
        assertThat(row.get("chamber_visible")).isEqualTo(false);
        assertThat(row.get("submitter_name")).isEqualTo("李经理");
        assertThat(row.get("contact_mobile_masked")).isEqualTo(AppealRepository.masked(mobile));
        assertThat(row.get("credit_code")).isEqualTo(creditCode);

        long id = ((Number) row.get("id")).longValue();
        var seen = fx.staff.get("/api/v1/appeals/" + id);
        assertThat(seen.json().get("title").asString()).isEqualTo("货款拖欠半年");
        assertThat(seen.json().get("status").asString()).isEqualTo("SUBMITTED");
        var files = fx.staff.get("/api/v1/appeals/" + id + "/attachments").json();
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("name").asString()).isEqualTo("工程款欠条.pdf");
        assertThat(files.get(0).get("uploadedBy").asString()).isEqualTo("李经理");
        var storage = jdbc.sql("select storage_name from appeal_attachment where appeal_id = ?").param(id)
                .query(String.class).single();
        assertThat(new String(Files.readAllBytes(store.path(storage)), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("encrypted at rest").doesNotContain("%PDF");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'APPEAL_SUBMIT' and object_id = ? and username = ?")
                .params(String.valueOf(id), "public:" + AppealRepository.masked(mobile)).query(Long.class).single())
                .isEqualTo(1);
        assertThat(visitor.get("/public/appeals/done").status()).as("the receipt shows once").isEqualTo(302);
    }

    @Test
    void aWrongCodeIsRefusedNextToTheCodeFieldNothingIsStoredAndEverythingTypedIsKept() {
        var visitor = new PublicVisitor(accounts.port());
        var mobile = uniqueMobile();
        var company = unique("河口区错码商贸公司");
        visitor.requestCode(mobile, PublicAppeals.SUBMIT_PURPOSE);
        var right = sms.latestCode(mobile);
        var wrong = right.equals("000000") ? "111111" : "000000";
        long filesBefore = attachmentRows();

        var refused = visitor.postForm("/public/appeals/new", form(visitor, company, mobile, wrong)
                .file("files", "欠款明细.xlsx", "application/octet-stream", SampleFiles.xlsx("欠款 38 万元")));

        assertThat(refused.status()).isEqualTo(200);
        var page = HtmlUtils.htmlUnescape(refused.body());
        assertThat(page).contains("id=\"codeError\"", "验证码不正确，还可尝试 4 次");
        assertThat(page).contains("value=\"" + company + "\"", "value=\"" + mobile + "\"", "value=\"货款拖欠半年\"",
                "我公司为某工程项目供货", "value=\"" + visitor.submissionKey + "\"");
        assertThat(page).contains("附件尚未保存，请重新选择：欠款明细.xlsx");
        assertThat(casesOf(company)).isZero();
        assertThat(attachmentRows()).isEqualTo(filesBefore);

        var filed = visitor.postForm("/public/appeals/new", form(visitor, company, mobile, right));
        assertThat(filed.status()).as("the right code still works").isEqualTo(302);
        assertThat(casesOf(company)).isEqualTo(1);
        assertThat(jdbc.sql("select chamber_visible from appeal where submitter_company = ?").param(company)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aFormRefusedForOtherFieldsNeverCostsACodeTry() {
        var visitor = new PublicVisitor(accounts.port());
        var mobile = uniqueMobile();
        var company = unique("河口区多错公司");
        visitor.requestCode(mobile, PublicAppeals.SUBMIT_PURPOSE);

        for (int i = 0; i < 6; i++) {
            var refused = visitor.postForm("/public/appeals/new", form(visitor, company, mobile, "999999")
                    .field("creditCode", "91370503MA3C4XYZ1Q"));
            var page = HtmlUtils.htmlUnescape(refused.body());
            assertThat(page).contains("id=\"creditCodeError\"").doesNotContain("id=\"codeError\"");
        }
        var blankTitle = HtmlUtils.htmlUnescape(visitor.postForm("/public/appeals/new",
                form(visitor, company, mobile, "999999", "  ")).body());
        assertThat(blankTitle).contains("请填写诉求标题");

        var filed = visitor.postForm("/public/appeals/new", form(visitor, company, mobile, sms.latestCode(mobile)));
        assertThat(filed.status()).isEqualTo(302);
        assertThat(casesOf(company)).isEqualTo(1);
        assertThat(jdbc.sql("select chamber_visible from appeal where submitter_company = ?").param(company)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aRefusedAttachmentIsNamedNextToTheFileFieldAndTheFormKeepsItsText() {
        var visitor = new PublicVisitor(accounts.port());
        var mobile = uniqueMobile();
        var company = unique("河口区附件公司");
        visitor.requestCode(mobile, PublicAppeals.SUBMIT_PURPOSE);

        var refused = visitor.postForm("/public/appeals/new", form(visitor, company, mobile, sms.latestCode(mobile))
                .file("files", "发票.pdf", "application/pdf", SampleFiles.exe()));

        var page = HtmlUtils.htmlUnescape(refused.body());
        assertThat(page).contains("id=\"filesError\"", "附件“发票.pdf”的类型不允许");
        assertThat(page).contains("value=\"" + company + "\"", "我公司为某工程项目供货");
        assertThat(casesOf(company)).isZero();
        var filed = visitor.postForm("/public/appeals/new", form(visitor, company, mobile, sms.latestCode(mobile)));
        assertThat(filed.status()).as("the code was not spent on the refused form").isEqualTo(302);
    }

    @Test
    void retryingTheApiWithTheSameIdempotencyKeyAnswersTheFirstCase() {
        var visitor = new PublicVisitor(accounts.port());
        var mobile = uniqueMobile();
        var company = unique("河口区重试公司");
        visitor.requestCode(mobile, PublicAppeals.SUBMIT_PURPOSE);
        var fields = body(company, mobile, sms.latestCode(mobile));
        fields.put("chamberConsent", true); // not part of the request any more: ignored
        var body = Api.json(fields);
        var key = unique("retry-");

        var first = visitor.postJson("/api/v1/public/appeals", body, key);
        var again = visitor.postJson("/api/v1/public/appeals", body, key);
        var otherKey = visitor.postJson("/api/v1/public/appeals", body, key + "-other");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().has("id")).as("no internal id for the public").isFalse();
        assertThat(first.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("trackingNumber").asString()).isEqualTo(first.json().get("trackingNumber").asString());
        assertThat(otherKey.status()).as("a new key needs a new code").isEqualTo(400);
        assertThat(otherKey.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(casesOf(company)).isEqualTo(1);
        assertThat(jdbc.sql("select chamber_visible from appeal where submitter_company = ?").param(company)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void thePublicFormPagesOpenWithoutAnAccountAndTheApiWantsTheCsrfToken() {
        var anonymous = Api.anonymous(accounts.port());
        var form = anonymous.get("/public/appeals/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("企业诉求在线提交", "获取验证码", "enctype=\"multipart/form-data\"", "拖欠账款")
                .as("no chamber consent: the firm belongs to no chamber").doesNotContain("chamberConsent", "商会查看");
        assertThat(anonymous.get("/public/appeals/track").body()).contains("诉求进度查询");
        assertThat(anonymous.get("/api/v1/public/appeals/categories").json().get(0).get("subjects").size()).isPositive();

        var forged = anonymous.post("/api/v1/public/appeals", Api.json(body(unique("伪造"), uniqueMobile(), "123456")));
        assertThat(forged.status()).isEqualTo(403);
    }

    static Map<String, Object> body(String company, String mobile, String code) {
        var body = new HashMap<String, Object>();
        body.put("company", company);
        body.put("contactName", "李经理");
        body.put("mobile", mobile);
        body.put("category", "COMPLAINT");
        body.put("subject", "ARREARS");
        body.put("title", "货款拖欠半年");
        body.put("content", "我公司为某工程项目供货，货款 38 万元逾期半年未付。");
        body.put("code", code);
        return body;
    }

    static Multipart form(PublicVisitor visitor, String company, String mobile, String code) {
        return form(visitor, company, mobile, code, "货款拖欠半年");
    }

    static Multipart form(PublicVisitor visitor, String company, String mobile, String code, String title) {
        return new Multipart().field("submissionKey", visitor.submissionKey).field("company", company)
                .field("contactName", "李经理").field("mobile", mobile).field("category", "COMPLAINT")
                .field("subject", "ARREARS").field("title", title)
                .field("content", "我公司为某工程项目供货，货款 38 万元逾期半年未付。").field("code", code);
    }
}
