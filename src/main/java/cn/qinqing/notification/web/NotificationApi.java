package cn.qinqing.notification.web;

import cn.qinqing.notification.ContactDetails;
import cn.qinqing.notification.ContactSettings;
import cn.qinqing.notification.Inbox;
import cn.qinqing.notification.InboxItem;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.PageView;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/notifications}: the caller's own inbox and contact details; another user's notice is 404. */
@ApiController("/api/v1/notifications")
class NotificationApi {

    private final Inbox inbox;
    private final ContactSettings contacts;

    NotificationApi(Inbox inbox, ContactSettings contacts) {
        this.inbox = inbox;
        this.contacts = contacts;
    }

    @GetMapping
    @PreAuthorize(Access.BUSINESS_USERS)
    PageView<InboxItem> list(@RequestParam(defaultValue = "false") boolean unread,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        return inbox.list(CurrentUser.get().id(), unread, page, size);
    }

    @GetMapping("/unread-count")
    @PreAuthorize(Access.BUSINESS_USERS)
    UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount(CurrentUser.get().id()));
    }

    /** {@code {"unread": N}}. */
    record UnreadCount(long unread) {
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.BUSINESS_USERS)
    InboxItem get(@PathVariable long id) {
        return inbox.get(CurrentUser.get().id(), id);
    }

    @PostMapping("/{id}/read")
    @PreAuthorize(Access.BUSINESS_USERS)
    InboxItem markRead(@PathVariable long id) {
        return inbox.markRead(CurrentUser.get().id(), id);
    }

    @GetMapping("/contact")
    @PreAuthorize(Access.BUSINESS_USERS)
    ContactDetails contact() {
        return contacts.get(CurrentUser.get().id());
    }

    @PutMapping("/contact")
    @PreAuthorize(Access.BUSINESS_USERS)
    ContactDetails updateContact(@Valid @RequestBody ContactForm form) {
        return contacts.update(CurrentUser.get().id(), form.email(), form.mobile());
    }
}
