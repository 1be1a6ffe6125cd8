package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealAction;
import cn.qinqing.appeal.AppealService;
import cn.qinqing.appeal.Rating;
import cn.qinqing.organisation.DepartmentFilter;
import cn.qinqing.organisation.Departments;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ConflictException;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.Problems;
import cn.qinqing.shared.web.ValidationException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's page: the case, its due dates, the history of steps, and the forms of the steps the
 * status allows the caller now. Each form posts to {@code /appeals/{id}/steps/{step}}; the service
 * refuses a step the caller's role does not allow (403) and one the status no longer allows (the
 * reason shows at the top); a form with bad input comes back with what was typed.
 */
@Controller
class AppealDetailPage {

    /** The step behind each form's path. */
    static final Map<String, AppealAction> STEPS = Map.ofEntries(
            Map.entry("accept", AppealAction.ACCEPT), Map.entry("decline", AppealAction.DECLINE),
            Map.entry("handle", AppealAction.HANDLE), Map.entry("transfer", AppealAction.TRANSFER),
            Map.entry("notes", AppealAction.NOTE), Map.entry("extension", AppealAction.REQUEST_EXTENSION),
            Map.entry("extension-approve", AppealAction.APPROVE_EXTENSION),
            Map.entry("extension-refuse", AppealAction.REFUSE_EXTENSION), Map.entry("resolve", AppealAction.RESOLVE),
            Map.entry("rate", AppealAction.RATE), Map.entry("archive", AppealAction.ARCHIVE));

    private final AppealService appeals;
    private final Departments departments;
    private final Problems problems;
    private final Clock clock;
    private final AttachmentModel attachments;

    AppealDetailPage(AppealService appeals, Departments departments, Problems problems, Clock clock,
                     AttachmentModel attachments) {
        this.appeals = appeals;
        this.departments = departments;
        this.problems = problems;
        this.clock = clock;
        this.attachments = attachments;
    }

    @GetMapping("/appeals/{id}")
    @PreAuthorize(Access.READERS)
    String show(@PathVariable long id, Model model) {
        return fill(model, id, new StepForm(), null, List.of());
    }

    @PostMapping("/appeals/{id}/steps/{step}")
    @PreAuthorize(Access.READERS)
    String step(@PathVariable long id, @PathVariable String step, @ModelAttribute("stepForm") StepForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        var action = STEPS.get(step);
        if (action == null) {
            throw new NotFoundException();
        }
        if (binding.hasErrors()) {
            return fill(model, id, form, step, List.of(problems.message("appeal.form.unreadable")));
        }
        try {
            perform(action, id, form).accept(id);
            redirect.addFlashAttribute("notice", "appeal.step.done");
            return "redirect:/appeals/" + id;
        } catch (ValidationException e) {
            var messages = e.errors().stream().map(f -> problems.message(f.messageKey(), f.args())).toList();
            return fill(model, id, form, step, messages);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", problems.message(e.messageKey(), e.args()));
            return "redirect:/appeals/" + id;
        }
    }

    private Consumer<Long> perform(AppealAction action, long id, StepForm f) {
        return switch (action) {
            case ACCEPT -> i -> appeals.accept(i, f.getNote());
            case DECLINE -> i -> appeals.decline(i, f.getReason());
            case HANDLE -> i -> appeals.handle(i, f.getNote());
            case TRANSFER -> i -> appeals.transfer(i, f.getDepartmentId(), f.getNote());
            case NOTE -> i -> appeals.addNote(i, f.getNote());
            case REQUEST_EXTENSION -> i -> appeals.requestExtension(i, f.getDays(), f.getReason());
            case APPROVE_EXTENSION -> i -> appeals.approveExtension(i, f.getNote());
            case REFUSE_EXTENSION -> i -> appeals.refuseExtension(i, f.getReason());
            case RESOLVE -> i -> appeals.resolve(i, f.getReply());
            case RATE -> i -> appeals.rate(i, AppealStepApi.rating(f.getRating()), f.getComment());
            case ARCHIVE -> i -> appeals.archive(i, f.getNote());
            case SUBMIT, REOPEN, REMINDED, SUPERVISED, SUPERVISION_NOTE -> throw new NotFoundException();
        };
    }

    private String fill(Model model, long id, StepForm form, String failedStep, List<String> stepErrors) {
        var dossier = appeals.dossier(id);
        var appeal = dossier.appeal();
        var allowed = appeal.actions().stream().map(Enum::name).collect(Collectors.toSet());
        model.addAttribute("appeal", appeal);
        model.addAttribute("allowed", allowed);
        model.addAttribute("history", dossier.history());
        attachments.card(model, id);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("stepForm", form);
        model.addAttribute("failedStep", failedStep);
        model.addAttribute("stepErrors", stepErrors);
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("departments", allowed.contains("TRANSFER")
                ? departments.list(CurrentUser.get(), new DepartmentFilter(null, null, true, null), 0, 100).content()
                        .stream().filter(d -> !Long.valueOf(d.id()).equals(appeal.departmentId())).toList()
                : List.of());
        return "appeal/detail";
    }
}
