package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealCategories;
import cn.qinqing.appeal.AppealItem;
import cn.qinqing.appeal.AppealService;
import cn.qinqing.appeal.AppealStep;
import cn.qinqing.appeal.AppealView;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /api/v1/appeals}: the cases of the rights-protection centre (诉求) - the categories,
 * filing (idempotent with an {@code Idempotency-Key} header), one case, its history, the list.
 */
@ApiController("/api/v1/appeals")
class AppealApi {

    static final int MAX_PAGE_SIZE = 100;

    private final AppealService appeals;
    private final AppealCategories categories;

    AppealApi(AppealService appeals, AppealCategories categories) {
        this.appeals = appeals;
        this.categories = categories;
    }

    @GetMapping("/categories")
    @PreAuthorize(Access.READERS)
    List<CategoryItem> categories() {
        return categories.list().stream().map(CategoryItem::of).toList();
    }

    /** 201 with the new case; 200 with the first case when the same key was sent before. */
    @PostMapping
    @PreAuthorize(Access.FILERS)
    ResponseEntity<Receipt> submit(@RequestBody AppealRequest body,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        var receipt = appeals.submit(body.draft(), key);
        var status = receipt.created() ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).location(URI.create("/api/v1/appeals/" + receipt.id()))
                .body(Receipt.of(receipt));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READERS)
    AppealView get(@PathVariable long id) {
        return appeals.get(id);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READERS)
    List<AppealStep> history(@PathVariable long id) {
        return appeals.history(id);
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    PageView<AppealItem> list(AppealFilters filters, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
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
        return appeals.search(filter, page, size);
    }
}
