package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealCategories;
import cn.qinqing.appeal.AppealStatus;
import cn.qinqing.appeal.PublicAppeals;
import cn.qinqing.appeal.PublicReceipt;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.ClientAddressResolver;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/public/appeals}: the public form as an API, for firms without an account. Open to
 * everyone, protected like the form: CSRF (a page sends its token as {@code X-CSRF-TOKEN}), a limit per
 * client address (429), and the one-time code sent to the contact mobile
 * ({@code POST /api/v1/public/verification-codes} with purpose {@value PublicAppeals#SUBMIT_PURPOSE},
 * or {@value PublicAppeals#TRACK_PURPOSE} for the look-up).
 */
@ApiController("/api/v1/public/appeals")
class PublicAppealApi {

    private final PublicAppeals appeals;
    private final AppealCategories categories;
    private final PublicRateLimit limit;
    private final ClientAddressResolver addresses;
    private final Problems problems;

    PublicAppealApi(PublicAppeals appeals, AppealCategories categories, PublicRateLimit limit,
                    ClientAddressResolver addresses, Problems problems) {
        this.appeals = appeals;
        this.categories = categories;
        this.limit = limit;
        this.addresses = addresses;
        this.problems = problems;
    }

    /** {@code {"trackingNumber","status","dueDate"}}: no internal id leaves for the public. */
    record Answer(String trackingNumber, AppealStatus status, LocalDate dueDate) {
        static Answer of(PublicReceipt r) {
            return new Answer(r.trackingNumber(), r.status(), r.dueDate());
        }
    }

    /** {@code {"trackingNumber","status","statusName","reply"}}; reply only once resolved. */
    record StatusAnswer(String trackingNumber, AppealStatus status, String statusName, String reply) {
    }

    /** Thrown when an address asked too often. */
    static final class Limited extends RuntimeException {
        Limited() {
            super("too many requests from this address", null, false, false);
        }
    }

    @GetMapping("/categories")
    @PreAuthorize("permitAll()")
    List<CategoryItem> categories() {
        return categories.list().stream().map(CategoryItem::of).toList();
    }

    /** 201 with the receipt; 200 with the first receipt when the same key and mobile came before. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    ResponseEntity<Answer> submit(@RequestBody PublicAppealRequest body,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                  HttpServletRequest request) {
        return file(body, key, List.of(), request);
    }

    /** The same with files: the case as the JSON part {@code appeal}, the files as {@code files}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("permitAll()")
    ResponseEntity<Answer> submitWithFiles(@RequestPart("appeal") PublicAppealRequest body,
                                           @RequestPart(name = "files", required = false) List<MultipartFile> files,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                           HttpServletRequest request) {
        return file(body, key, files, request);
    }

    /** The status of one's own case; 404 when no case has this number and mobile. */
    @PostMapping(path = "/track", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    StatusAnswer track(@RequestBody TrackRequest body, HttpServletRequest request) {
        if (!limit.admitLookup(addresses.resolve(request))) {
            throw new Limited();
        }
        var found = appeals.track(body.trackingNumber(), body.mobile(), body.code()).orElseThrow(NotFoundException::new);
        return new StatusAnswer(found.trackingNumber(), found.status(),
                problems.message("appeal.status." + found.status().name()), found.reply());
    }

    @ExceptionHandler(Limited.class)
    ResponseEntity<ProblemDetail> limited(Limited e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600")
                .body(problems.problem(HttpStatus.TOO_MANY_REQUESTS, "appeal-public.limited"));
    }

    private ResponseEntity<Answer> file(PublicAppealRequest body, String key, List<MultipartFile> files,
                                        HttpServletRequest request) {
        var address = addresses.resolve(request);
        if (!limit.admitSubmission(address)) {
            throw new Limited();
        }
        var receipt = appeals.submit(body.draft(), key, Uploads.of(files), address);
        if (receipt.created()) {
            limit.filed(address);
        }
        return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Answer.of(receipt));
    }
}
