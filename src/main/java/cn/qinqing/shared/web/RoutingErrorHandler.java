package cn.qinqing.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refusals that happen before any controller is chosen (unknown path, wrong method, wrong
 * content type) and a {@link NotFoundException} from a page controller. Under {@code /api} they
 * become the same Chinese problem+json as {@link ApiExceptionHandler}'s; for pages they go to
 * the error page ({@code error.html}), never to JSON, which a browser would show as raw text.
 */
@ControllerAdvice
class RoutingErrorHandler {

    private final Problems problems;

    RoutingErrorHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class, NotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return refuse(request, response, HttpStatus.NOT_FOUND, "problem.not-found");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return refuse(request, response, HttpStatus.METHOD_NOT_ALLOWED, "problem.method-not-allowed");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongContentType(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.unsupported-media-type");
    }

    private ResponseEntity<ProblemDetail> refuse(HttpServletRequest request, HttpServletResponse response,
                                                 HttpStatus status, String messageKey) throws IOException {
        if (!Problems.isApi(request)) {
            response.sendError(status.value());
            return null;
        }
        var problem = problems.problem(status, messageKey);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
