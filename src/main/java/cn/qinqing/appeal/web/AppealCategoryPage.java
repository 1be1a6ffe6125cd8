package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealCategories;
import cn.qinqing.shared.web.Problems;
import cn.qinqing.shared.web.ValidationException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry of categories and subjects (诉求类别与事项) for staff and leaders: time limits,
 * adding a subject, renaming, disabling and enabling one. A refused change comes back with what was typed.
 */
@Controller
class AppealCategoryPage {

    private final AppealCategories categories;
    private final Problems problems;

    AppealCategoryPage(AppealCategories categories, Problems problems) {
        this.categories = categories;
        this.problems = problems;
    }

    @GetMapping("/appeals/categories")
    @PreAuthorize(Access.STAFF)
    String show(Model model) {
        return fill(model, new SubjectForm(), List.of(), null, null);
    }

    @PostMapping("/appeals/categories/subjects")
    @PreAuthorize(Access.STAFF)
    String add(@ModelAttribute("subjectForm") SubjectForm form, Model model, RedirectAttributes redirect) {
        return change(model, redirect, form, null, null,
                () -> categories.addSubject(form.getCode(), form.getName(), form.getCategories()));
    }

    @PostMapping("/appeals/categories/subjects/{code}/name")
    @PreAuthorize(Access.STAFF)
    String rename(@PathVariable String code, @RequestParam(required = false) String name, Model model,
                  RedirectAttributes redirect) {
        return change(model, redirect, new SubjectForm(), code, name, () -> categories.renameSubject(code, name));
    }

    @PostMapping("/appeals/categories/subjects/{code}/active")
    @PreAuthorize(Access.STAFF)
    String activate(@PathVariable String code, @RequestParam boolean active, Model model, RedirectAttributes redirect) {
        return change(model, redirect, new SubjectForm(), null, null, () -> categories.setSubjectActive(code, active));
    }

    @PostMapping("/appeals/categories/{code}/limit")
    @PreAuthorize(Access.STAFF)
    String limit(@PathVariable String code, @RequestParam(required = false) String handlingDays, Model model,
                 RedirectAttributes redirect) {
        return change(model, redirect, new SubjectForm(), null, null,
                () -> categories.setHandlingDays(code, number(handlingDays)));
    }

    private String change(Model model, RedirectAttributes redirect, SubjectForm form, String renaming, String typedName,
                          Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", "appeal.categories.saved");
            return "redirect:/appeals/categories";
        } catch (ValidationException e) {
            var messages = e.errors().stream().map(f -> problems.message(f.messageKey(), f.args())).toList();
            return fill(model, form, messages, renaming, typedName);
        }
    }

    private String fill(Model model, SubjectForm form, List<String> errors, String renaming, String typedName) {
        model.addAttribute("categories", categories.all());
        model.addAttribute("subjects", categories.subjects());
        model.addAttribute("subjectForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("renaming", renaming);
        model.addAttribute("typedName", typedName);
        return "appeal/categories";
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
