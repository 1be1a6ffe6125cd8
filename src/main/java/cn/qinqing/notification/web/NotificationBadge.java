package cn.qinqing.notification.web;

import cn.qinqing.notification.Inbox;
import cn.qinqing.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The unread count in the top bar; the page shell asks {@code ${@notificationBadge.unread()}} once per
 * page, and only for business users.
 */
@Component("notificationBadge")
public class NotificationBadge {

    private final Inbox inbox;

    NotificationBadge(Inbox inbox) {
        this.inbox = inbox;
    }

    public long unread() {
        return CurrentUser.find().map(user -> inbox.unreadCount(user.id())).orElse(0L);
    }
}
