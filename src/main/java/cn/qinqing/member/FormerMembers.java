package cn.qinqing.member;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-filling the roll from paper records (补录往届会员): a former member whose membership began and
 * ended before the roll was kept here, with its one period, so the year-end figures of past years
 * are right. Federation staff and leaders only; the same rules as any other member.
 */
@Service
public class FormerMembers {

    private final MemberRepository members;
    private final PersonalDataCipher cipher;
    private final Federations federations;
    private final Chambers chambers;
    private final AuditLog audit;

    FormerMembers(MemberRepository members, PersonalDataCipher cipher, Federations federations, Chambers chambers,
                  AuditLog audit) {
        this.members = members;
        this.cipher = cipher;
        this.federations = federations;
        this.chambers = chambers;
        this.audit = audit;
    }

    /**
     * Records a membership from {@code draft.joinedOn()} to {@code endedOn} that ended as {@code status}
     * (lapsed, withdrawn or expelled) for the given reason; returns the member's id.
     */
    @Transactional
    public long record(MemberDraft draft, List<Long> chamberIds, LocalDate endedOn, MemberStatus status, String reason) {
        var user = CurrentUser.get();
        var chosen = chamberIds == null ? List.<Long>of() : List.copyOf(chamberIds);
        if (!user.has(Role.STAFF) && !user.has(Role.LEADER)) {
            throw new AccessDeniedException("only federation staff back-fill the roll");
        }
        var federation = federations.byId(user.federationId()).orElseThrow();
        var today = LocalDate.now(MemberService.ZONE);
        var outcome = MemberRules.check(draft, federation.regionCode(), today, true);
        var errors = new ArrayList<>(outcome.errors());
        if (status == null || !status.ending()) {
            errors.add(new FieldError("status", "member.end.status"));
        }
        if (endedOn == null || endedOn.isAfter(today) || (draft.joinedOn() != null && endedOn.isBefore(draft.joinedOn()))) {
            errors.add(new FieldError("endedOn", "member.ended-on.invalid"));
        }
        var why = MemberRules.text(reason);
        if (why == null || why.length() > 500) {
            errors.add(new FieldError("reason", "member.reason.required"));
        }
        for (var chamberId : chosen) {
            if (!chambers.isVisibleChamber(chamberId, federation.path())) {
                errors.add(new FieldError("chamberIds", "member.chambers.unknown"));
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var checked = outcome.member();
        var sealed = SealedPersonalData.seal(checked, cipher);
        if (members.findDuplicate(federation.id(), checked.creditCode(), sealed.idNumberIndex()).isPresent()) {
            throw new ValidationException(checked.creditCode() != null ? "creditCode" : "idNumber",
                    checked.creditCode() != null ? "member.credit-code.duplicate" : "member.id-number.duplicate");
        }
        var id = members.insert(federation.id(), status, checked, sealed, SearchTerms.of(checked.name()));
        members.replaceChambers(id, chosen, checked.joinedOn());
        members.openPeriod(id, checked.joinedOn());
        members.closePeriod(id, endedOn, status);
        members.addEvent(id, user.username(), "APPROVED", "补录 " + checked.joinedOn());
        members.addEvent(id, user.username(), status.name(), why);
        audit.record("MEMBER_RECORD_FORMER", "MEMBER", id, AuditResult.SUCCESS, status.name());
        return id;
    }
}
