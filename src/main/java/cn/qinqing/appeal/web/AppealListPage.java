package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealCategories;
import cn.qinqing.appeal.AppealChannel;
import cn.qinqing.appeal.AppealService;
import cn.qinqing.appeal.AppealStatus;
import cn.qinqing.shared.web.PageLinks;
import cn.qinqing.shared.web.ValidationException.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case list (诉求办理): the caller's cases with filters, overdue flag, search by tracking number, paging. */
@Controller
class AppealListPage {

    static final int PAGE_SIZE = 20;

    private final AppealService appeals;
    private final AppealCategories categories;

    AppealListPage(AppealService appeals, AppealCategories categories) {
        this.appeals = appeals;
        this.categories = categories;
    }

    @GetMapping("/appeals")
    @PreAuthorize(Access.READERS)
    String list(AppealFilters filters, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
                Model model) {
        // A filter value that cannot be read (a hand-edited link) is left out of the search.
        var filter = filters.toFilter(new ArrayList<FieldError>());
        var result = appeals.search(filter, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("appeals", result);
        model.addAttribute("links", PageLinks.of(request, result));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", AppealStatus.values());
        model.addAttribute("channels", AppealChannel.values());
        model.addAttribute("categories", categories.list());
        return "appeal/list";
    }
}
