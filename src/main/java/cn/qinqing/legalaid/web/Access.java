package cn.qinqing.legalaid.web;

import cn.qinqing.shared.web.ValidationException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Who uses the legal-aid pages and API, and how service errors reach a page form. */
final class Access {

    /** Federation staff and leaders keep the panel and refer cases; a panel member has no account here. */
    static final String KEEPERS = "hasAnyRole('STAFF','LEADER')";
    /** Everyone who may see some case; which referrals they read follows the case's own visibility. */
    static final String CASE_READERS =
            "hasAnyRole('STAFF','LEADER','VICE_CHAIR','MEMBER','DEPARTMENT_LIAISON','CHAMBER_SECRETARY')";

    private Access() {
    }

    /** Shows a service's rule violations beside the form fields they concern. */
    static void reject(BindingResult result, ValidationException e) {
        for (var error : e.errors()) {
            try {
                result.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            } catch (NotReadablePropertyException notAField) {
                result.reject(error.messageKey(), error.args(), error.messageKey());
            }
        }
    }
}
