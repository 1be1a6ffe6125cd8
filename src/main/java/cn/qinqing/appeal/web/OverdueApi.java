package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealSupervision;
import cn.qinqing.appeal.OverdueCases;
import cn.qinqing.appeal.OverdueFilter;
import cn.qinqing.appeal.OverdueItem;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /api/v1/appeals/overdue} (超期诉求) and {@code /api/v1/appeals/supervision} (督办诉求), paged like the
 * other lists ({@code page} from 0, {@code size} up to 100), filtered by {@code category},
 * {@code departmentId} and {@code minDays} (working days overdue); and a leader's supervision instruction
 * {@code POST /api/v1/appeals/{id}/supervision-notes} with {@code {"note": ...}} (204).
 */
@ApiController("/api/v1/appeals")
class OverdueApi {

    static final int MAX_PAGE_SIZE = 100;

    private final OverdueCases lists;
    private final AppealSupervision supervision;

    OverdueApi(OverdueCases lists, AppealSupervision supervision) {
        this.lists = lists;
        this.supervision = supervision;
    }

    @GetMapping("/overdue")
    @PreAuthorize(DeadlineAccess.LISTS)
    PageView<OverdueItem> overdue(OverdueFilters filters, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        return lists.overdue(checked(filters, page, size), page, size);
    }

    @GetMapping("/supervision")
    @PreAuthorize(DeadlineAccess.LISTS)
    PageView<OverdueItem> supervision(OverdueFilters filters, @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        return lists.supervised(checked(filters, page, size), page, size);
    }

    @PostMapping("/{id}/supervision-notes")
    @PreAuthorize(DeadlineAccess.LEADERS)
    ResponseEntity<Void> instruct(@PathVariable long id, @RequestBody(required = false) NoteRequest body) {
        supervision.instruct(id, body == null ? null : body.note());
        return ResponseEntity.noContent().build();
    }

    /** A supervision instruction. */
    record NoteRequest(String note) {
    }

    private static OverdueFilter checked(OverdueFilters filters, int page, int size) {
        var errors = new ArrayList<FieldError>();
        var filter = filters.toFilter(errors);
        if (page < 0) {
            errors.add(new FieldError("page", "appeal.page.number"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "appeal.page.size", MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return filter;
    }
}
