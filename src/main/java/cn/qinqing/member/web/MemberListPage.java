package cn.qinqing.member.web;

import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberFilter;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberStatus;
import cn.qinqing.member.MemberType;
import cn.qinqing.member.OrganisationKind;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.PageLinks;
import cn.qinqing.shared.web.ValidationException.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member roll (会员名册): one search box, the filters, sorting and paging; personal numbers masked. */
@Controller
class MemberListPage {

    static final int PAGE_SIZE = 20;

    private final MemberService members;
    private final Chambers chambers;

    MemberListPage(MemberService members, Chambers chambers) {
        this.members = members;
        this.chambers = chambers;
    }

    @GetMapping("/members")
    @PreAuthorize(Access.READERS)
    String list(MemberFilters filters, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
                Model model) {
        // A filter value that cannot be read (a hand-edited link) is simply left out of the search.
        var filter = filters.toFilter(new ArrayList<FieldError>());
        var result = members.search(filter, Math.max(page, 0), PAGE_SIZE);
        var scope = CurrentUser.get().scope();
        var choices = chambers.choicesUnder(scope.federationPath()).stream()
                .filter(c -> !scope.singleChamber() || c.id() == scope.chamberId()).toList();
        model.addAttribute("members", result);
        model.addAttribute("links", PageLinks.of(request, result));
        model.addAttribute("filter", filter);
        model.addAttribute("types", MemberType.values());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("sorts", MemberFilter.Sort.values());
        model.addAttribute("chambers", choices);
        return "member/list";
    }
}
