package cn.qinqing.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inbox and contact settings: each user sees and changes only their own; administrators have none. */
class NotificationInboxTests extends NotificationTestSupport {

    @Autowired
    private Notifications notifications;

    @Test
    void theInboxListsOwnNoticesNewestFirstAndFiltersUnread() {
        var user = user();
        var first = notify(user, "第一条");
        var second = notify(user, "第二条");
        notify(user(), "别人的消息");
        api(user).post("/api/v1/notifications/" + first + "/read", "");

        var all = api(user).get("/api/v1/notifications");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("content").findValuesAsString("title")).containsExactly("第二条", "第一条");
        assertThat(all.json().get("content").get(1).get("readAt").isNull()).isFalse();
        var unread = api(user).get("/api/v1/notifications?unread=true&page=0&size=10");
        assertThat(unread.json().get("content")).hasSize(1);
        assertThat(unread.json().get("content").get(0).get("id").asLong()).isEqualTo(second);
        assertThat(api(user).get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isEqualTo(1);
    }

    @Test
    void anotherUsersNoticeIsNotFound() {
        var owner = user();
        var other = user();
        var id = notify(owner, "仅本人可见");

        assertThat(api(other).post("/api/v1/notifications/" + id + "/read", "").status()).isEqualTo(404);
        assertThat(api(other).get("/api/v1/notifications/" + id).status()).isEqualTo(404);
        assertThat(form(other, "/notifications/" + id + "/read").status()).isEqualTo(404);
        assertThat(form(other, "/notifications/" + id + "/open").status()).isEqualTo(404);
        assertThat(api(owner).get("/api/v1/notifications/" + id).json().get("readAt").isNull())
                .as("still unread for its owner").isTrue();
    }

    @Test
    void administratorsHaveNoInbox() {
        assertThat(accounts.sysadmin().get("/api/v1/notifications").status()).isEqualTo(403);
        assertThat(accounts.auditadmin().get("/notifications").status()).isEqualTo(403);
    }

    @Test
    void thePageShowsUnreadInBoldWithTheBadgeAndOpeningGoesToTheObject() {
        var user = user();
        var id = notify(user, "请办理超期诉求");

        var page = api(user).get("/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"qq-unread\"").contains("fw-bold").contains("请办理超期诉求");
        var opened = form(user, "/notifications/" + id + "/open");
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.header("Location")).endsWith("/appeals/7");
        assertThat(api(user).get("/notifications").body()).doesNotContain("id=\"qq-unread\"");
    }

    @Test
    void contactDetailsAreCheckedStoredEncryptedAndShownMasked() {
        var user = user();
        var bad = api(user).put("/api/v1/notifications/contact", Api.json(Map.of("email", "not-an-address", "mobile", "12345")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("email", "mobile");
        assertThat(bad.body()).contains("请输入有效的电子邮箱地址");

        var saved = api(user).put("/api/v1/notifications/contact", Api.json(Map.of("email", "li@example.com", "mobile", "13812345678")));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("mobileMasked").asString()).isEqualTo("138****5678");
        var kept = api(user).put("/api/v1/notifications/contact", Api.json(Map.of("email", "li@example.com", "mobile", "138****5678")));
        assertThat(kept.json().get("mobileMasked").asString()).isEqualTo("138****5678");
        var account = accountId(user);
        assertThat(jdbc.sql("select mobile_cipher is not null and mobile_index is not null from notification_contact where account_id = ?")
                .param(account).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'NOTIFICATION_CONTACT_UPDATE' and object_id = ?")
                .param(Long.toString(account)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theSettingsPageKeepsWhatWasTypedWhenItIsWrong() {
        var user = user();
        var response = form(user, "/notifications/settings", "email=wang%40example.com&mobile=1381234");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("value=\"1381234\"").contains("value=\"wang@example.com\"")
                .contains("请输入 11 位手机号码");
        assertThat(api(user).get("/api/v1/notifications/contact").json().get("email").isNull()).isTrue();
    }

    private String user() {
        return accounts.create("inbox", Role.STAFF);
    }

    private Api api(String username) {
        return accounts.api(username);
    }

    private long accountId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    private long notify(String username, String title) {
        var account = accountId(username);
        return transactions.execute(s -> notifications.send(Notice.inApp(account, title, "正文", "/appeals/7")));
    }

    private Api.Response form(String username, String path) {
        return form(username, path, "");
    }

    /** A form post as the pages send it (HTTP Basic stands in for the session and its CSRF token). */
    private Api.Response form(String username, String path, String body) {
        return api(username).send(HttpRequest.newBuilder(api(username).uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
