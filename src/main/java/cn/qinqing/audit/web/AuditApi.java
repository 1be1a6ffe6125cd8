package cn.qinqing.audit.web;

import cn.qinqing.audit.AuditRecordView;
import cn.qinqing.audit.AuditTrail;
import cn.qinqing.audit.AuditVerifier;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.PageView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/audit}: the security auditor reads and verifies the audit trail; nobody else may. */
@ApiController("/api/v1/audit")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/records")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    PageView<AuditRecordView> records(@RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String username,
                                      @RequestParam(required = false) String action,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        return trail.search(AuditFilters.parse(from, to, username, action, page, size), page, size);
    }

    @GetMapping("/verification")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    AuditVerifier.Verification verification() {
        return trail.verify();
    }
}
