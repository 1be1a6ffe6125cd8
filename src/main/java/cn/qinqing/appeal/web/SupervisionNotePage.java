package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealAction;
import cn.qinqing.appeal.AppealService;
import cn.qinqing.appeal.AppealSupervision;
import cn.qinqing.shared.web.ConflictException;
import cn.qinqing.shared.web.ValidationException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A leader's supervision instruction (督办意见) on a supervised case: the case in brief, the reminders and
 * instructions so far, and the form. What was typed stays in the form when it is refused.
 */
@Controller
class SupervisionNotePage {

    private static final EnumSet<AppealAction> DEADLINE_STEPS =
            EnumSet.of(AppealAction.REMINDED, AppealAction.SUPERVISED, AppealAction.SUPERVISION_NOTE);

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A reminder, escalation or instruction as the page lists it. */
    record StepRow(AppealAction action, String actorName, String time, String note) {
    }

    private final AppealService appeals;
    private final AppealSupervision supervision;

    SupervisionNotePage(AppealService appeals, AppealSupervision supervision) {
        this.appeals = appeals;
        this.supervision = supervision;
    }

    @GetMapping("/appeals/supervision/{id}")
    @PreAuthorize(DeadlineAccess.LEADERS)
    String form(@PathVariable long id, Model model) {
        return show(id, "", model);
    }

    @PostMapping("/appeals/supervision/{id}")
    @PreAuthorize(DeadlineAccess.LEADERS)
    String instruct(@PathVariable long id, @RequestParam(required = false) String note, Model model,
                    RedirectAttributes redirect) {
        try {
            supervision.instruct(id, note);
            redirect.addFlashAttribute("notice", "appeal.supervision.saved");
            return "redirect:/appeals/supervision";
        } catch (ValidationException e) {
            model.addAttribute("noteError", e.errors().get(0));
        } catch (ConflictException e) {
            model.addAttribute("alert", e.messageKey());
            model.addAttribute("alertArgs", e.args());
        }
        return show(id, note == null ? "" : note, model);
    }

    private String show(long id, String note, Model model) {
        model.addAttribute("appeal", appeals.get(id));
        model.addAttribute("steps", appeals.history(id).stream().filter(s -> DEADLINE_STEPS.contains(s.action()))
                .map(s -> new StepRow(s.action(), s.actorName(), TIME.format(s.occurredAt().atZone(CHINA)), s.note()))
                .toList());
        model.addAttribute("note", note);
        model.addAttribute("maxNote", AppealSupervision.MAX_NOTE);
        return "appeal/supervision-note";
    }
}
