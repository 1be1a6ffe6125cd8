package cn.qinqing.organisation.web;

import cn.qinqing.shared.web.ValidationException;
import org.springframework.validation.BindingResult;

/** Puts the service's field errors on a page form, so they show under the fields they concern. */
final class Binding {

    private Binding() {
    }

    static void reject(BindingResult result, ValidationException e) {
        e.errors().forEach(error -> reject(result, error));
    }

    static void reject(BindingResult result, ValidationException.FieldError error) {
        result.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
    }
}
