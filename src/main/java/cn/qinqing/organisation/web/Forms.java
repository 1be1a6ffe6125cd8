package cn.qinqing.organisation.web;

import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.ValidationException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Helpers of the organisation pages. */
final class Forms {

    /** Roles that read the federation tree. */
    static final String FEDERATION_READERS = "hasAnyRole('STAFF','LEADER','VICE_CHAIR')";
    /** Roles that keep federations, staffing records and departments. */
    static final String FEDERATION_WRITERS = "hasAnyRole('STAFF','LEADER')";

    private Forms() {
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

    /** True when the current user keeps the federation's own records (staff or leader). */
    static boolean federationWriter() {
        var user = CurrentUser.get();
        return user.has(Role.STAFF) || user.has(Role.LEADER);
    }
}
