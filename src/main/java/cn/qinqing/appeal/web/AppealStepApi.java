package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealService;
import cn.qinqing.appeal.AppealView;
import cn.qinqing.appeal.Rating;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.ValidationException;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The workflow steps of a case, each a POST with a small JSON body ({@link StepRequest}); each
 * answers the case as it stands after the step, or 409 with the reason the status forbids it.
 */
@ApiController("/api/v1/appeals/{id}")
class AppealStepApi {

    private final AppealService appeals;

    AppealStepApi(AppealService appeals) {
        this.appeals = appeals;
    }

    @PostMapping("/accept")
    @PreAuthorize(Access.STAFF)
    AppealView accept(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return step(body, b -> appeals.accept(id, b.note()));
    }

    @PostMapping("/decline")
    @PreAuthorize(Access.STAFF)
    AppealView decline(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return step(body, b -> appeals.decline(id, b.reason()));
    }

    @PostMapping("/handle")
    @PreAuthorize(Access.STAFF)
    AppealView handle(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return step(body, b -> appeals.handle(id, b.note()));
    }

    @PostMapping("/transfer")
    @PreAuthorize(Access.STAFF)
    AppealView transfer(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return step(body, b -> appeals.transfer(id, b.departmentId(), b.note()));
    }

    @PostMapping("/notes")
    @PreAuthorize(Access.NOTERS)
    AppealView note(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return step(body, b -> appeals.addNote(id, b.note()));
    }

    @PostMapping("/extension")
    @PreAuthorize(Access.HANDLERS)
    AppealView requestExtension(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return step(body, b -> appeals.requestExtension(id, b.days(), b.reason()));
    }

    @PostMapping("/extension/approve")
    @PreAuthorize(Access.LEADERS)
    AppealView approveExtension(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return step(body, b -> appeals.approveExtension(id, b.note()));
    }

    @PostMapping("/extension/refuse")
    @PreAuthorize(Access.LEADERS)
    AppealView refuseExtension(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return step(body, b -> appeals.refuseExtension(id, b.reason()));
    }

    @PostMapping("/resolve")
    @PreAuthorize(Access.HANDLERS)
    AppealView resolve(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return step(body, b -> appeals.resolve(id, b.reply()));
    }

    @PostMapping("/rate")
    @PreAuthorize(Access.RATERS)
    AppealView rate(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return step(body, b -> appeals.rate(id, rating(b.rating()), b.comment()));
    }

    @PostMapping("/archive")
    @PreAuthorize(Access.STAFF)
    AppealView archive(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return step(body, b -> appeals.archive(id, b.note()));
    }

    /** Runs one step on the body, a missing body read as an empty one (steps whose fields are optional). */
    private static AppealView step(StepRequest body, Function<StepRequest, AppealView> action) {
        return action.apply(StepRequest.orEmpty(body));
    }

    /** A rating name; null when none was given (the service asks for one); 400 when unknown. */
    static Rating rating(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Rating.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("rating", "appeal.rating.required");
        }
    }
}
