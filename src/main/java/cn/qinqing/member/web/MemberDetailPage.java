package cn.qinqing.member.web;

import cn.qinqing.member.MemberService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A member's page: every field, the facts its codes carry, its chambers, the timeline, posts and
 * dues, and the actions its status allows. Full personal numbers are shown only on request
 * ("显示完整信息", a POST so that each look is deliberate and audited) and never kept in the session.
 */
@Controller
class MemberDetailPage {

    private final MemberService members;
    private final DetailModel detail;

    MemberDetailPage(MemberService members, DetailModel detail) {
        this.members = members;
        this.detail = detail;
    }

    @GetMapping("/members/{id}")
    @PreAuthorize(Access.READERS)
    String show(@PathVariable long id, Model model) {
        return detail.fill(model, id);
    }

    /** Everyone who reads the roll may ask; the service refuses (403) and audits all but staff and leaders. */
    @PostMapping("/members/{id}/personal-data")
    @PreAuthorize(Access.READERS)
    String unmask(@PathVariable long id, Model model) {
        model.addAttribute("unmasked", members.unmask(id));
        return detail.fill(model, id);
    }
}
