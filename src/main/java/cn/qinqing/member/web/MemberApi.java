package cn.qinqing.member.web;

import cn.qinqing.member.MemberEvent;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberStatus;
import cn.qinqing.member.MemberView;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /api/v1/members}: the member roll (会员名册) - search, applications entered by staff,
 * review and the life cycle, the timeline, and the full personal numbers for those allowed.
 */
@ApiController("/api/v1/members")
class MemberApi {

    static final int MAX_PAGE_SIZE = 100;

    private final MemberService members;
    private final Federations federations;

    MemberApi(MemberService members, Federations federations) {
        this.members = members;
        this.federations = federations;
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    PageView<MemberItem> list(MemberFilters filters, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        var errors = new ArrayList<FieldError>();
        var filter = filters.toFilter(errors);
        if (page < 0) {
            errors.add(new FieldError("page", "member.page.number"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "member.page.size", MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return members.search(filter, page, size).map(MemberItem::of);
    }

    /** Staff (or a chamber secretary) enter an application on someone's behalf; it awaits review. */
    @PostMapping
    @PreAuthorize(Access.WRITERS)
    ResponseEntity<MemberView> register(@RequestBody MemberForm body) {
        var draft = Drafts.of(body, ownRegion());
        var id = members.register(draft, body.getChamberIds());
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(members.get(id));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READERS)
    MemberView get(@PathVariable long id) {
        return members.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.WRITERS)
    MemberView update(@PathVariable long id, @RequestBody MemberForm body) {
        var current = members.get(id);
        var region = federations.byId(current.federationId()).orElseThrow().regionCode();
        return members.update(id, Drafts.of(body, region), body.getChamberIds());
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize(Access.WRITERS)
    MemberView approve(@PathVariable long id, @RequestBody(required = false) DecisionForm body) {
        return members.approve(id, body == null ? null : body.getMemberNumber());
    }

    @PostMapping("/{id}/rejection")
    @PreAuthorize(Access.WRITERS)
    MemberView reject(@PathVariable long id, @RequestBody DecisionForm body) {
        return members.reject(id, body.getReason());
    }

    @PostMapping("/{id}/ending")
    @PreAuthorize(Access.WRITERS)
    MemberView end(@PathVariable long id, @RequestBody DecisionForm body) {
        members.get(id);
        var errors = new ArrayList<FieldError>();
        var status = Inputs.enumValue(MemberStatus.class, body.getStatus(), "status", "member.end.status", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return members.end(id, status, body.getReason());
    }

    @PostMapping("/{id}/readmission")
    @PreAuthorize(Access.WRITERS)
    MemberView readmit(@PathVariable long id, @RequestBody DecisionForm body) {
        return members.readmit(id, body.getReason());
    }

    @GetMapping("/{id}/timeline")
    @PreAuthorize(Access.READERS)
    List<MemberEvent> timeline(@PathVariable long id) {
        return members.timeline(id);
    }

    /** The full ID number and mobile; refused (403, audited) for everyone but staff and leaders. */
    @GetMapping("/{id}/personal-data")
    @PreAuthorize(Access.READERS)
    MemberService.Unmasked personalData(@PathVariable long id) {
        return members.unmask(id);
    }

    private String ownRegion() {
        return federations.byId(CurrentUser.get().federationId()).orElseThrow().regionCode();
    }
}
