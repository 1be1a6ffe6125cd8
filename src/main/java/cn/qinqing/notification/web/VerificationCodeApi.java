package cn.qinqing.notification.web;

import cn.qinqing.notification.OneTimeCodeRefused;
import cn.qinqing.notification.OneTimeCodes;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.ClientAddressResolver;
import cn.qinqing.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code POST /api/v1/public/verification-codes}: sends a one-time code (短信验证码) to a mobile, for public
 * forms used without an account. Open to everyone like the {@code /apply} page, and like it protected
 * against cross-site requests: a page sends its CSRF token in the {@code X-CSRF-TOKEN} header. A limit
 * answers 429 with {@code Retry-After}; a gateway failure 503.
 */
@ApiController("/api/v1/public/verification-codes")
class VerificationCodeApi {

    private final OneTimeCodes codes;
    private final ClientAddressResolver addresses;
    private final Problems problems;
    private final Clock clock;

    VerificationCodeApi(OneTimeCodes codes, ClientAddressResolver addresses, Problems problems, Clock clock) {
        this.codes = codes;
        this.addresses = addresses;
        this.problems = problems;
        this.clock = clock;
    }

    /** {@code {"mobile":"138****5678","expiresInSeconds":300,"resendAfterSeconds":60}}. */
    record Sent(String mobile, long expiresInSeconds, long resendAfterSeconds) {
    }

    @PostMapping
    @PreAuthorize("permitAll()")
    Sent send(@Valid @RequestBody CodeRequest request, HttpServletRequest http) {
        var issued = codes.issue(request.mobile(), request.purpose(), addresses.resolve(http));
        var now = clock.instant();
        return new Sent(issued.mobileMasked(), seconds(now, issued.expiresAt()), seconds(now, issued.resendAt()));
    }

    @ExceptionHandler(OneTimeCodeRefused.class)
    ResponseEntity<ProblemDetail> refused(OneTimeCodeRefused e) {
        var status = e.reason() == OneTimeCodeRefused.Reason.NOT_SENT
                ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.TOO_MANY_REQUESTS;
        var problem = problems.problem(status, e.messageKey(), e.messageArgs());
        problem.setTitle(problems.message("notification.problem.title." + status.value()));
        problem.setProperty("reason", e.reason().name());
        var response = ResponseEntity.status(status);
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response.body(problem);
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }
}
