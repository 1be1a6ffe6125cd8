package cn.qinqing.member;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's posts held (任职) and yearly dues (会费). Everyone who sees a member sees these;
 * federation staff and leaders keep them. Each change is audited and shown on the timeline.
 */
@Service
public class MemberRecordService {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final MemberService members;
    private final MemberRepository repository;
    private final MemberHoldingsRepository holdings;
    private final AuditLog audit;

    MemberRecordService(MemberService members, MemberRepository repository, MemberHoldingsRepository holdings,
                        AuditLog audit) {
        this.members = members;
        this.repository = repository;
        this.holdings = holdings;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<MemberPost> posts(long memberId) {
        members.get(memberId);
        return holdings.posts(memberId);
    }

    @Transactional(readOnly = true)
    public List<MemberDues> dues(long memberId) {
        members.get(memberId);
        return holdings.dues(memberId);
    }

    @Transactional
    public MemberPost addPost(long memberId, PostDraft draft) {
        members.get(memberId);
        requireKeeper();
        var post = checked(draft);
        var id = holdings.addPost(memberId, post);
        repository.addEvent(memberId, CurrentUser.get().username(), "POST_ADDED", post.title());
        audit.record("MEMBER_POST_ADD", "MEMBER", memberId, AuditResult.SUCCESS, "post " + id);
        return new MemberPost(id, post.title(), post.level(), post.term(), post.startedOn(), post.endedOn());
    }

    @Transactional
    public void removePost(long memberId, long postId) {
        members.get(memberId);
        requireKeeper();
        var title = holdings.removePost(memberId, postId);
        if (title == null) {
            throw new NotFoundException();
        }
        repository.addEvent(memberId, CurrentUser.get().username(), "POST_REMOVED", title);
        audit.record("MEMBER_POST_REMOVE", "MEMBER", memberId, AuditResult.SUCCESS, "post " + postId);
    }

    /** Records (or corrects) a year's dues; true when the year had no record before. */
    @Transactional
    public boolean recordDues(long memberId, MemberDues dues) {
        var member = members.get(memberId);
        requireKeeper();
        var today = LocalDate.now(MemberService.ZONE);
        var errors = new ArrayList<FieldError>();
        if (dues.year() < 1949 || dues.year() > today.getYear() + 1) {
            errors.add(new FieldError("year", "member.dues.year", String.valueOf(today.getYear() + 1)));
        }
        if (dues.amount() == null) {
            errors.add(new FieldError("amount", "member.dues.amount.required"));
        } else if (dues.amount().signum() < 0 || dues.amount().compareTo(MAX_AMOUNT) > 0
                || dues.amount().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("amount", "member.dues.amount.invalid"));
        }
        if (dues.paidOn() != null && dues.paidOn().isAfter(today)) {
            errors.add(new FieldError("paidOn", "member.dues.paid-on.future"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (member.status() == MemberStatus.APPLIED || member.status() == MemberStatus.REJECTED) {
            throw new MemberException("member.dues.not-member");
        }
        boolean created = holdings.saveDues(memberId, dues);
        repository.addEvent(memberId, CurrentUser.get().username(), "DUES_RECORDED",
                dues.year() + ": " + dues.amount().toPlainString());
        audit.record("MEMBER_DUES_RECORD", "MEMBER", memberId, AuditResult.SUCCESS, "year " + dues.year());
        return created;
    }

    private static PostDraft checked(PostDraft draft) {
        var errors = new ArrayList<FieldError>();
        var title = MemberRules.text(draft.title());
        if (title == null) {
            errors.add(new FieldError("title", "member.post.title.required"));
        } else if (title.length() > 50) {
            errors.add(new FieldError("title", "member.too-long", 50));
        }
        if (draft.level() == null) {
            errors.add(new FieldError("level", "member.post.level.required"));
        }
        var term = MemberRules.text(draft.term());
        if (term != null && term.length() > 30) {
            errors.add(new FieldError("term", "member.too-long", 30));
        }
        if (draft.startedOn() != null && draft.endedOn() != null && draft.endedOn().isBefore(draft.startedOn())) {
            errors.add(new FieldError("endedOn", "member.post.ended-before-started"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PostDraft(title, draft.level(), term, draft.startedOn(), draft.endedOn());
    }

    /** Posts and dues are the federation's own records: staff and leaders keep them. */
    private static void requireKeeper() {
        var user = CurrentUser.get();
        if (!user.has(Role.STAFF) && !user.has(Role.LEADER)) {
            throw new AccessDeniedException("may not keep posts and dues");
        }
    }
}
