package cn.qinqing.account.web;

import cn.qinqing.account.AccountAdministration;
import cn.qinqing.account.AccountAdministration.NewAccount;
import cn.qinqing.account.AccountFilter;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.PageLinks;
import cn.qinqing.shared.web.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理: the list of accounts with filters, and the form for a new account. */
@Controller
@RequestMapping("/users")
class UserListPage {

    private static final int PAGE_SIZE = 20;

    private final AccountAdministration administration;
    private final Federations federations;

    UserListPage(AccountAdministration administration, Federations federations) {
        this.administration = administration;
        this.federations = federations;
    }

    record NewUserForm(@NotBlank @Size(max = 32) String username,
                       @NotBlank @Size(max = 50) String displayName,
                       @NotBlank @Size(max = 64) String password,
                       Long federationId) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) String role,
                @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, Model model) {
        var filter = new AccountFilter(name != null && name.length() > 50 ? name.substring(0, 50) : name,
                valid(role, Role.values()), valid(status, AccountFilter.Status.values()));
        model.addAttribute("filter", filter);
        var result = administration.search(CurrentUser.get(), filter, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("users", result);
        model.addAttribute("links", PageLinks.of(request, result));
        model.addAttribute("roles", Role.values());
        model.addAttribute("statuses", AccountFilter.Status.values());
        return "account/users";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm("", "", "", CurrentUser.get().federationId()));
        return form(model);
    }

    @PostMapping
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            var created = administration.create(CurrentUser.get(),
                    new NewAccount(form.username(), form.displayName(), form.password(), form.federationId()));
            redirect.addFlashAttribute("notice", "account.created");
            return "redirect:/users/" + created.username();
        } catch (ValidationException e) {
            Forms.reject(result, e);
            return form(model);
        }
    }

    private String form(Model model) {
        model.addAttribute("federations", federations.subtree(CurrentUser.get().federationPath()));
        return "account/user-new";
    }

    /** A filter value the page offers, or nothing: a tampered link shows the whole list. */
    private static String valid(String value, Enum<?>[] allowed) {
        if (value == null) {
            return null;
        }
        for (var candidate : allowed) {
            if (candidate.name().equals(value)) {
                return value;
            }
        }
        return null;
    }
}
