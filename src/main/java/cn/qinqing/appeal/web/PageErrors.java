package cn.qinqing.appeal.web;

import cn.qinqing.shared.web.ValidationException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts the service's field errors on a page form, so each shows under the field it concerns. */
final class PageErrors {

    private PageErrors() {
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
