package cn.qinqing.account.web;

import cn.qinqing.shared.web.ValidationException;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal on the form fields it names, so the page shows it beside them. */
final class Forms {

    private Forms() {
    }

    static void reject(BindingResult result, ValidationException e) {
        for (var error : e.errors()) {
            if (result.getTarget() != null && hasField(result, error.field())) {
                result.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            } else {
                result.reject(error.messageKey(), error.args(), error.messageKey());
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        return result.getFieldType(field) != null;
    }
}
