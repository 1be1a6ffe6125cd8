package cn.qinqing.shared.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of the JSON API is an RFC 9457 problem with a {@code detail} in the caller's
 * language; validation problems add {@code errors: [{field, message}]}. Nothing internal (stack
 * traces, SQL) ever reaches the caller.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", problems.resolve(f)))
                .toList();
        return validation(errors);
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        var errors = e.errors().stream()
                .map(f -> Map.of("field", f.field(), "message", problems.message(f.messageKey(), f.args())))
                .toList();
        return validation(errors);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problems.problem(HttpStatus.NOT_FOUND, "problem.not-found");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return problems.problem(HttpStatus.NOT_FOUND, "problem.not-found");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problems.problem(HttpStatus.CONFLICT, e.messageKey(), e.args());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problems.problem(HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problems.problem(HttpStatus.BAD_REQUEST, "problem.unreadable");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.method.annotation.HandlerMethodValidationException.class,
            org.springframework.web.multipart.MultipartException.class})
    ProblemDetail badParameter(Exception e) {
        return problems.problem(HttpStatus.BAD_REQUEST, "problem.bad-parameter");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException e) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.unsupported-media-type");
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(Exception e) {
        return problems.problem(HttpStatus.NOT_ACCEPTABLE, "problem.not-acceptable");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail unsupportedMethod(HttpRequestMethodNotSupportedException e) {
        return problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "problem.method-not-allowed");
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(Exception e) {
        return problems.problem(HttpStatus.CONTENT_TOO_LARGE, "problem.too-large");
    }

    /** Anything unexpected: logged for operators, a plain message for the caller. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal");
    }

    private ProblemDetail validation(List<Map<String, String>> errors) {
        var problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.validation");
        problem.setProperty("errors", errors);
        return problem;
    }
}
