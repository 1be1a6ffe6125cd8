package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealCategories;
import cn.qinqing.appeal.AppealCategory;
import cn.qinqing.appeal.AppealSubject;
import cn.qinqing.shared.web.ApiController;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The registry of categories and subjects as federation staff keep it: every subject (disabled ones
 * too), adding, renaming, disabling and enabling a subject, a category's time limit.
 */
@ApiController("/api/v1/appeals")
class AppealCategoryApi {

    private final AppealCategories categories;

    AppealCategoryApi(AppealCategories categories) {
        this.categories = categories;
    }

    /** Every category with every subject, disabled ones included. */
    @GetMapping("/categories/all")
    @PreAuthorize(Access.STAFF)
    List<AppealCategory> all() {
        return categories.all();
    }

    @GetMapping("/subjects")
    @PreAuthorize(Access.STAFF)
    List<AppealSubject> subjects() {
        return categories.subjects();
    }

    @PostMapping("/subjects")
    @PreAuthorize(Access.STAFF)
    ResponseEntity<AppealSubject> add(@RequestBody SubjectRequest body) {
        var subject = categories.addSubject(body.code(), body.name(), body.categories());
        return ResponseEntity.created(URI.create("/api/v1/appeals/subjects/" + subject.code())).body(subject);
    }

    /** Renames the subject when a name is given, and enables or disables it when {@code active} is given. */
    @PutMapping("/subjects/{code}")
    @PreAuthorize(Access.STAFF)
    AppealSubject change(@PathVariable String code, @RequestBody SubjectRequest body) {
        var subject = categories.subject(code);
        if (body.name() != null) {
            subject = categories.renameSubject(code, body.name());
        }
        if (body.active() != null) {
            subject = categories.setSubjectActive(code, body.active());
        }
        return subject;
    }

    /** Sets a category's time limit ({@code {"handlingDays": 10}}) for cases filed from now on. */
    @PutMapping("/categories/{code}")
    @PreAuthorize(Access.STAFF)
    AppealCategory limit(@PathVariable String code, @RequestBody CategoryRequest body) {
        return categories.setHandlingDays(code, body.handlingDays());
    }

    /** The body of a category change. */
    record CategoryRequest(Integer handlingDays) {
    }
}
