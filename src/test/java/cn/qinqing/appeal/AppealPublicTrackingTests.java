package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.Api;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The status look-up (进度查询): tracking number, mobile and a fresh one-time code show the status and,
 * once resolved, the reply - nothing else; a wrong number or mobile looks the same as no case.
 */
class AppealPublicTrackingTests extends AppealPublicTestSupport {

    @Test
    void theSubmitterSeesTheStatusAndOnceResolvedTheReplyAndNothingElse() {
        var visitor = new PublicVisitor(accounts.port());
        var mobile = uniqueMobile();
        var number = file(visitor, mobile, unique("河口区查询公司"));
        long id = jdbc.sql("select id from appeal where tracking_number = ?").param(number).query(Long.class).single();

        var waiting = track(visitor, number, mobile);
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(200);
        assertThat(waiting.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(waiting.json().get("statusName").asString()).isEqualTo("待受理");
        assertThat(waiting.json().get("reply").isNull()).isTrue();

        step(fx.staff, id, "accept", Map.of());
        step(fx.staff, id, "handle", Map.of("note", "内部备注：已约谈欠款单位负责人"));
        step(fx.staff, id, "resolve", Map.of("reply", "欠款单位已承诺本月底前付清货款"));
        var resolved = track(visitor, number, mobile);

        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().get("reply").asString()).isEqualTo("欠款单位已承诺本月底前付清货款");
        var fields = new ArrayList<String>();
        resolved.json().propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("trackingNumber", "status", "statusName", "reply");
        assertThat(resolved.body()).doesNotContain("内部备注", "货款拖欠半年", "李经理");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'APPEAL_TRACK' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aWrongMobileOrNumberIsNotFoundAndACodeWorksOnlyOnce() {
        var visitor = new PublicVisitor(accounts.port());
        var mobile = uniqueMobile();
        var number = file(visitor, mobile, unique("河口区误查公司"));
        var stranger = uniqueMobile();

        var otherMobile = track(visitor, number, stranger);
        var otherNumber = track(visitor, number.substring(0, number.length() - 4) + "9999", mobile);
        visitor.requestCode(mobile, PublicAppeals.TRACK_PURPOSE);
        var code = sms.latestCode(mobile);
        var used = visitor.postJson("/api/v1/public/appeals/track",
                Api.json(Map.of("trackingNumber", number, "mobile", mobile, "code", code)), null);
        var reused = visitor.postJson("/api/v1/public/appeals/track",
                Api.json(Map.of("trackingNumber", number, "mobile", mobile, "code", code)), null);
        var submitCode = submitCodeForTracking(visitor, number, mobile);

        assertThat(otherMobile.status()).isEqualTo(404);
        assertThat(otherNumber.status()).isEqualTo(404);
        assertThat(used.status()).isEqualTo(200);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("errors").get(0).get("message").asString()).isEqualTo("验证码无效，请先获取验证码");
        assertThat(submitCode.status()).as("a filing code does not open the look-up").isEqualTo(400);
    }

    @Test
    void thePageShowsTheStatusOrSaysNotFoundAndKeepsWhatWasTyped() {
        var visitor = new PublicVisitor(accounts.port());
        var mobile = uniqueMobile();
        var number = file(visitor, mobile, unique("河口区页面查询公司"));

        visitor.requestCode(mobile, PublicAppeals.TRACK_PURPOSE);
        var found = visitor.postForm("/public/appeals/track",
                Map.of("trackingNumber", number.toLowerCase(), "mobile", mobile, "code", sms.latestCode(mobile)));
        var malformed = visitor.postForm("/public/appeals/track",
                Map.of("trackingNumber", "WQ-123", "mobile", mobile, "code", "123456"));
        var stranger = uniqueMobile();
        visitor.requestCode(stranger, PublicAppeals.TRACK_PURPOSE);
        var notFound = visitor.postForm("/public/appeals/track",
                Map.of("trackingNumber", number, "mobile", stranger, "code", sms.latestCode(stranger)));

        assertThat(HtmlUtils.htmlUnescape(found.body())).contains("id=\"track-result\"", "待受理", "诉求办结后在此显示答复意见");
        assertThat(HtmlUtils.htmlUnescape(malformed.body())).contains("id=\"trackingNumberError\"", "受理编号格式不正确",
                "value=\"WQ-123\"").doesNotContain("id=\"track-result\"");
        assertThat(HtmlUtils.htmlUnescape(notFound.body())).contains("id=\"track-not-found\"")
                .doesNotContain("id=\"track-result\"");
    }

    private Api.Response submitCodeForTracking(PublicVisitor visitor, String number, String mobile) {
        visitor.requestCode(mobile, PublicAppeals.SUBMIT_PURPOSE);
        return visitor.postJson("/api/v1/public/appeals/track",
                Api.json(Map.of("trackingNumber", number, "mobile", mobile, "code", sms.latestCode(mobile))), null);
    }

    /** Files a case through the public API; returns its tracking number. */
    private String file(PublicVisitor visitor, String mobile, String company) {
        visitor.requestCode(mobile, PublicAppeals.SUBMIT_PURPOSE);
        var filed = visitor.postJson("/api/v1/public/appeals",
                Api.json(AppealPublicSubmissionTests.body(company, mobile, sms.latestCode(mobile))), null);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("trackingNumber").asString();
    }

    /** Looks the case up through the API with a fresh code. */
    private Api.Response track(PublicVisitor visitor, String number, String mobile) {
        visitor.requestCode(mobile, PublicAppeals.TRACK_PURPOSE);
        return visitor.postJson("/api/v1/public/appeals/track",
                Api.json(Map.of("trackingNumber", number, "mobile", mobile, "code", sms.latestCode(mobile))), null);
    }
}
