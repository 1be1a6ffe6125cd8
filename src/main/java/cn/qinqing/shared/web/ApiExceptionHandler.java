package cn.qinqing.shared.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
// Before Spring Boot's own problem-details advice (order 0), which would otherwise answer
// malformed JSON, type mismatches and bean-validation errors in English without field errors.
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

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

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ProblemDetail badParameter(Exception e) {
        return problems.problem(HttpStatus.BAD_REQUEST, "problem.bad-parameter");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException e) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.unsupported-media-type");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail unsupportedMethod(HttpRequestMethodNotSupportedException e) {
        return problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "problem.method-not-allowed");
    }

    private ProblemDetail validation(List<Map<String, String>> errors) {
        var problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.validation");
        problem.setProperty("errors", errors);
        return problem;
    }
}
