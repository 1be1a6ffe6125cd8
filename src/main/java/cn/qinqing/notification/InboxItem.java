package cn.qinqing.notification;

import java.time.Instant;

/**
 * One notice in a user's inbox (站内消息).
 *
 * @param id        the notice's id
 * @param title     subject
 * @param body      message
 * @param link      app path of the object it concerns, or null
 * @param createdAt when it was sent
 * @param readAt    when the user read it, or null while unread
 */
public record InboxItem(long id, String title, String body, String link, Instant createdAt, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
