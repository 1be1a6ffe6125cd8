package cn.qinqing.audit.web;

import cn.qinqing.audit.AuditTrail;
import cn.qinqing.shared.web.PageLinks;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志: the audit trail with filters and paging, and the chain verification. */
@Controller
@RequestMapping("/audit")
class AuditPage {

    private static final int PAGE_SIZE = 30;
    /** Offered in the action filter; other modules' actions can still be typed. */
    private static final List<String> ACTIONS = List.of("LOGIN", "LOGOUT", "LOCK", "PASSWORD_CHANGE", "ACCOUNT_CREATE",
            "ACCOUNT_PASSWORD_RESET", "ACCOUNT_UNLOCK", "ACCOUNT_ENABLE", "ACCOUNT_DISABLE", "ROLE_GRANT", "AUDIT_READ",
            "AUDIT_VERIFY");

    private final AuditTrail trail;

    AuditPage(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    String show(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String username, @RequestParam(required = false) String action,
                @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        return show(from, to, username, action, page, records -> PageLinks.of(request, records), model);
    }

    /** A POST, because the verification writes its own audit record; the pager links back to GET /audit. */
    @PostMapping("/verification")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    String verify(HttpServletRequest request, Model model) {
        model.addAttribute("verification", trail.verify());
        return show(null, null, null, null, 0,
                records -> PageLinks.of(request.getContextPath() + "/audit", Map.of(), records), model);
    }

    private String show(String from, String to, String username, String action, int page,
                        Function<PageView<?>, PageLinks> links, Model model) {
        var filter = new LinkedHashMap<String, String>();
        filter.put("from", from);
        filter.put("to", to);
        filter.put("username", username);
        filter.put("action", action);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", ACTIONS);
        try {
            var parsed = AuditFilters.parse(from, to, username, action, Math.max(page, 0), PAGE_SIZE);
            var records = trail.search(parsed, Math.max(page, 0), PAGE_SIZE);
            model.addAttribute("records", records);
            model.addAttribute("links", links.apply(records));
        } catch (ValidationException e) {
            model.addAttribute("filterErrors", e.errors());
        }
        return "audit/records";
    }
}
