package cn.qinqing.notification.web;

import cn.qinqing.notification.Inbox;
import cn.qinqing.notification.InboxItem;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 消息中心: the signed-in user's notices, newest first; opening one marks it read and goes to its object. */
@Controller
@RequestMapping("/notifications")
class InboxPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final Clock clock;

    InboxPage(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    /** A notice as the list shows it, the time in the federation's zone. */
    record Row(long id, String title, String body, String link, String time, boolean read) {
    }

    @GetMapping
    @PreAuthorize(Access.BUSINESS_USERS)
    String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, Model model) {
        var accountId = CurrentUser.get().id();
        var view = inbox.list(accountId, unread, page, PAGE_SIZE);
        model.addAttribute("rows", view.content().stream().map(this::row).toList());
        model.addAttribute("links", PageLinks.of(request, view));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", inbox.unreadCount(accountId));
        return "notification/inbox";
    }

    /** Marks the notice read and follows its link (an app path, checked when the notice was written). */
    @PostMapping("/{id}/open")
    @PreAuthorize(Access.BUSINESS_USERS)
    String open(@PathVariable long id) {
        var item = inbox.markRead(CurrentUser.get().id(), id);
        return "redirect:" + (item.link() == null ? "/notifications" : item.link());
    }

    @PostMapping("/{id}/read")
    @PreAuthorize(Access.BUSINESS_USERS)
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unread,
                    RedirectAttributes redirect) {
        inbox.markRead(CurrentUser.get().id(), id);
        redirect.addFlashAttribute("notice", "notification.inbox.marked");
        return unread ? "redirect:/notifications?unread=true" : "redirect:/notifications";
    }

    @PostMapping("/read-all")
    @PreAuthorize(Access.BUSINESS_USERS)
    String markAllRead(RedirectAttributes redirect) {
        inbox.markAllRead(CurrentUser.get().id());
        redirect.addFlashAttribute("notice", "notification.inbox.all-marked");
        return "redirect:/notifications";
    }

    private Row row(InboxItem item) {
        return new Row(item.id(), item.title(), item.body(), item.link(),
                TIME.format(item.createdAt().atZone(clock.getZone())), item.read());
    }
}
