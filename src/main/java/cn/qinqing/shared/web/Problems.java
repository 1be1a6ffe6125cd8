package cn.qinqing.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with a message from the bundles, for places outside Spring
 * MVC's exception handling (security filters) and for handlers that build their own.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;

    Problems(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    public ProblemDetail problem(HttpStatus status, String messageKey, Object... args) {
        var problem = ProblemDetail.forStatusAndDetail(status, message(messageKey, args));
        problem.setTitle(message("problem.title." + status.value()));
        return problem;
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** The message of a bean-validation field error, in the caller's language. */
    public String resolve(org.springframework.context.MessageSourceResolvable error) {
        return messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        // Security filters run before Spring MVC has set the request's locale.
        var locale = locales.resolveLocale(request);
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageKey, null, messageKey, locale));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, "", locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    public static boolean isApi(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }
}
