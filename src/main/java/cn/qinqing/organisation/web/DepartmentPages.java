package cn.qinqing.organisation.web;

import cn.qinqing.organisation.DepartmentFilter;
import cn.qinqing.organisation.DepartmentKind;
import cn.qinqing.organisation.Departments;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.PageLinks;
import cn.qinqing.shared.web.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 政府部门: the department registry - list with filters, view, new and edit. */
@Controller
@RequestMapping("/departments")
class DepartmentPages {

    private final Departments departments;
    private final Federations federations;

    DepartmentPages(Departments departments, Federations federations) {
        this.departments = departments;
        this.federations = federations;
    }

    /** The list's filters as the search form submits them; malformed values are ignored. */
    record Search(String name, DepartmentKind kind, Boolean active, Long federationId, Integer page) {
    }

    @GetMapping
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String list(@ModelAttribute("search") Search search, BindingResult ignored, HttpServletRequest request,
                Model model) {
        var filter = new DepartmentFilter(search.name(), search.kind(), search.active(), search.federationId());
        var view = departments.list(CurrentUser.get(), filter, search.page() == null ? 0 : search.page(), 20);
        model.addAttribute("result", view);
        model.addAttribute("links", PageLinks.of(request, view));
        return options(model, "department/list");
    }

    @GetMapping("/{id}")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("department", departments.get(CurrentUser.get(), id));
        return "department/detail";
    }

    @GetMapping("/new")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String newForm(Model model) {
        model.addAttribute("departmentForm", DepartmentForm.blank(CurrentUser.get().federationId()));
        return options(model, "department/form");
    }

    @PostMapping
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String create(@Valid @ModelAttribute("departmentForm") DepartmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = departments.create(CurrentUser.get(), form.toDraft());
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/departments/" + created.id();
            } catch (ValidationException e) {
                Forms.reject(result, e);
            }
        }
        return options(model, "department/form");
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("departmentForm", DepartmentForm.of(departments.get(CurrentUser.get(), id)));
        model.addAttribute("id", id);
        return options(model, "department/form");
    }

    @PostMapping("/{id}")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String update(@PathVariable long id, @Valid @ModelAttribute("departmentForm") DepartmentForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        departments.get(CurrentUser.get(), id);
        model.addAttribute("id", id);
        if (!result.hasErrors()) {
            try {
                departments.update(CurrentUser.get(), id, form.toDraft());
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/departments/" + id;
            } catch (ValidationException e) {
                Forms.reject(result, e);
            }
        }
        return options(model, "department/form");
    }

    private String options(Model model, String view) {
        model.addAttribute("kinds", DepartmentKind.values());
        model.addAttribute("federations", federations.visible(CurrentUser.get().scope()));
        return view;
    }
}
