package cn.qinqing.member.web;

import cn.qinqing.member.MemberEvent;
import cn.qinqing.member.MemberRecordService;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberStatus;
import cn.qinqing.member.MemberView;
import cn.qinqing.member.PostLevel;
import cn.qinqing.organisation.ChamberChoice;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.IdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the member page's model: the member, the facts its codes carry, its chambers by name, the
 * timeline, posts and dues, and a fresh form for every action unless one came back with errors.
 */
@Component
class DetailModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Drafts.ZONE);

    private final MemberService members;
    private final MemberRecordService records;
    private final Chambers chambers;
    private final Federations federations;

    DetailModel(MemberService members, MemberRecordService records, Chambers chambers, Federations federations) {
        this.members = members;
        this.records = records;
        this.chambers = chambers;
        this.federations = federations;
    }

    /** One line of the timeline, its time already in Beijing time. */
    record TimelineRow(String when, String actor, String action, String reason) {
        static TimelineRow of(MemberEvent e) {
            return new TimelineRow(WHEN.format(e.occurredAt()), e.actor(), e.action(), e.reason());
        }
    }

    /** What a credit code says: positions 1-2 (kind) and 3-8 (where it was registered). */
    record CodeFacts(String kindCode, String kind, String regionCode) {
    }

    /** The full birth date once the ID number has been unmasked; before that only the year is known. */
    static LocalDate birthDate(MemberService.Unmasked unmasked) {
        return unmasked == null || unmasked.idNumber() == null ? null
                : IdNumber.parse(unmasked.idNumber()).birthDate();
    }

    String fill(Model model, long id) {
        var member = members.get(id);
        var federation = federations.byId(member.federationId()).orElseThrow();
        Map<Long, String> names = chambers.choicesUnder(federation.path()).stream()
                .collect(Collectors.toMap(ChamberChoice::id, ChamberChoice::name, (a, b) -> a));
        model.addAttribute("member", member);
        model.addAttribute("reference", reference(member));
        model.addAttribute("federation", federation);
        model.addAttribute("codeFacts", codeFacts(member));
        model.addAttribute("chamberNames", member.chamberIds().stream().map(c -> names.getOrDefault(c, "#" + c)).toList());
        model.addAttribute("timeline", members.timeline(id).stream().map(TimelineRow::of).toList());
        model.addAttribute("posts", records.posts(id));
        model.addAttribute("dues", records.dues(id));
        model.addAttribute("endStatuses", List.of(MemberStatus.LAPSED, MemberStatus.WITHDRAWN, MemberStatus.EXPELLED));
        model.addAttribute("levels", PostLevel.values());
        model.addAttribute("mayUnmask", MemberService.mayUnmask());
        model.addAttribute("birthDate", birthDate((MemberService.Unmasked) model.getAttribute("unmasked")));
        Map<String, Supplier<Object>> fresh = Map.of(
                "approveForm", DecisionForm::new, "rejectForm", DecisionForm::new, "endForm", DecisionForm::new,
                "readmitForm", DecisionForm::new, "postForm", PostForm::new, "duesForm", DetailModel::duesForm);
        fresh.forEach((name, make) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, make.get());
            }
        });
        return "member/detail";
    }

    /** The reference an applicant is given: "SQ", the year applied and the member's id. */
    static String reference(MemberView member) {
        var year = member.appliedOn() == null ? LocalDate.now(Drafts.ZONE).getYear() : member.appliedOn().getYear();
        return reference(member.id(), year);
    }

    static String reference(long memberId, int year) {
        return "SQ%d%06d".formatted(year, memberId);
    }

    private static CodeFacts codeFacts(MemberView member) {
        if (member.creditCode() == null || !CreditCode.isValid(member.creditCode())) {
            return null;
        }
        var code = CreditCode.parse(member.creditCode());
        return new CodeFacts(code.kindCode(), code.kind().name(), code.regionCode());
    }

    private static DuesForm duesForm() {
        var form = new DuesForm();
        form.setYear(String.valueOf(LocalDate.now(Drafts.ZONE).getYear()));
        return form;
    }
}
