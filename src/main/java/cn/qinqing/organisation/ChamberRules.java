package cn.qinqing.organisation;

import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.Optional;

/** The checks on a chamber's unified social credit code, each with a message that says what to fix. */
public final class ChamberRules {

    public static final String CREDIT_CODE = "creditCode";

    private ChamberRules() {
    }

    /** Why the typed code is not a valid GB 32100 code, or empty when it is. */
    public static Optional<FieldError> creditCodeError(String input) {
        var result = CreditCode.validate(input);
        return switch (result.reason()) {
            case VALID -> Optional.empty();
            case EMPTY -> Optional.of(new FieldError(CREDIT_CODE, "chamber.credit-code.empty"));
            case WRONG_LENGTH -> Optional.of(new FieldError(CREDIT_CODE, "chamber.credit-code.length",
                    String.valueOf(result.length())));
            case ILLEGAL_CHARACTER -> Optional.of(new FieldError(CREDIT_CODE, "chamber.credit-code.illegal",
                    String.valueOf(result.position()), String.valueOf(result.found())));
            case WRONG_CHECK_CHARACTER -> Optional.of(new FieldError(CREDIT_CODE, "chamber.credit-code.check",
                    String.valueOf(result.expected())));
        };
    }
}
