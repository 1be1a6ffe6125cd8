package cn.qinqing.shared.web;

import java.util.List;

/** Input that breaks a business rule; each error names the field and a message key. */
public class ValidationException extends RuntimeException {

    /** One broken rule on one field. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String messageKey, Object... args) {
        this(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
