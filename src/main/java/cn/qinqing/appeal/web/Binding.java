package cn.qinqing.appeal.web;

import cn.qinqing.shared.web.ValidationException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts the service's field errors on a page form, so they show under the fields they concern. */
final class Binding {

    private Binding() {
    }

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
