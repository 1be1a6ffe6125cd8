package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealCategories;
import cn.qinqing.appeal.OverdueCases;
import cn.qinqing.shared.web.PageLinks;
import cn.qinqing.shared.web.ValidationException.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages 超期诉求 ({@code /appeals/overdue}) and 督办诉求 ({@code /appeals/supervision}): the cases of the
 * caller's federation and those below it, filtered by category, department and days overdue, each linking
 * to the case; a leader writes a supervision instruction from the supervision list.
 */
@Controller
class AppealOverduePage {

    static final int PAGE_SIZE = 20;

    private final OverdueCases lists;
    private final AppealCategories categories;

    AppealOverduePage(OverdueCases lists, AppealCategories categories) {
        this.lists = lists;
        this.categories = categories;
    }

    @GetMapping("/appeals/overdue")
    @PreAuthorize(DeadlineAccess.LISTS)
    String overdue(OverdueFilters filters, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
                   Model model) {
        return list(false, filters, page, request, model);
    }

    @GetMapping("/appeals/supervision")
    @PreAuthorize(DeadlineAccess.LISTS)
    String supervision(OverdueFilters filters, @RequestParam(defaultValue = "0") int page,
                       HttpServletRequest request, Model model) {
        return list(true, filters, page, request, model);
    }

    private String list(boolean supervision, OverdueFilters filters, int page, HttpServletRequest request,
                        Model model) {
        // A filter that cannot be read (a hand-edited link) is left out and named above the list.
        var errors = new ArrayList<FieldError>();
        var filter = filters.toFilter(errors);
        var number = Math.max(page, 0);
        var result = supervision ? lists.supervised(filter, number, PAGE_SIZE) : lists.overdue(filter, number, PAGE_SIZE);
        model.addAttribute("supervision", supervision);
        model.addAttribute("menu", supervision ? "appeals-supervision" : "appeals-overdue");
        model.addAttribute("heading", supervision ? "appeal.supervision.title" : "appeal.overdue.title");
        model.addAttribute("result", result);
        model.addAttribute("links", PageLinks.of(request, result));
        model.addAttribute("filters", filters);
        model.addAttribute("filterErrors", errors);
        model.addAttribute("categories", categories.all());
        model.addAttribute("departments", lists.departments());
        return "appeal/overdue";
    }
}
