package cn.qinqing.member;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member roll (会员): applications, review, the life cycle (active, lapsed, withdrawn,
 * expelled, re-admitted) with a timeline, and reads within the caller's scope. Federation staff
 * and leaders act on every member they see; a chamber secretary on those of its chamber.
 */
@Service
public class MemberService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final MemberRepository members;
    private final PersonalDataCipher cipher;
    private final Federations federations;
    private final Chambers chambers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    MemberService(MemberRepository members, PersonalDataCipher cipher, Federations federations, Chambers chambers,
                  AuditLog audit, ApplicationEventPublisher events) {
        this.members = members;
        this.cipher = cipher;
        this.federations = federations;
        this.chambers = chambers;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public MemberView get(long id) {
        return members.find(id, scope()).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<MemberEvent> timeline(long id) {
        get(id);
        return members.events(id);
    }

    /** An application from the public page: no account, into the deployment's own federation. */
    @Transactional
    public long apply(MemberDraft draft, List<Long> chamberIds) {
        var home = federations.home();
        var id = store(home.id(), home.regionCode(), home.path(), draft, chamberIds, "(public)");
        audit.recordFor("(public)", null, "MEMBER_APPLY", "MEMBER", id, AuditResult.SUCCESS, null);
        return id;
    }

    /** An application entered by staff or a chamber secretary on someone's behalf. */
    @Transactional
    public long register(MemberDraft draft, List<Long> chamberIds) {
        var user = requireWriter();
        var federation = federations.byId(user.federationId()).orElseThrow();
        var chosen = chamberIds;
        if (!user.has(Role.STAFF) && !user.has(Role.LEADER)) {
            chosen = List.of(user.scope().chamberId());
        }
        var id = store(federation.id(), federation.regionCode(), federation.path(), draft, chosen, user.username());
        audit.record("MEMBER_REGISTER", "MEMBER", id, AuditResult.SUCCESS);
        return id;
    }

    private long store(long federationId, String region, String path, MemberDraft draft, List<Long> chamberIds,
                       String actor) {
        var checked = check(draft, region, false);
        var sealed = SealedPersonalData.seal(checked, cipher);
        var errors = new ArrayList<FieldError>();
        duplicate(federationId, checked, sealed, null, errors);
        var chosen = chambersUnder(chamberIds, path, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var id = members.insert(federationId, MemberStatus.APPLIED, checked, sealed, SearchTerms.of(checked.name()));
        members.replaceChambers(id, chosen, null);
        members.addEvent(id, actor, "APPLIED", null);
        return id;
    }

    @Transactional
    public MemberView update(long id, MemberDraft draft, List<Long> chamberIds) {
        requireWriter();
        var current = get(id);
        var federation = federations.byId(current.federationId()).orElseThrow();
        var checked = check(draft, federation.regionCode(), current.status() == MemberStatus.ACTIVE);
        var sealed = SealedPersonalData.seal(checked, cipher);
        var errors = new ArrayList<FieldError>();
        duplicate(current.federationId(), checked, sealed, id, errors);
        var chosen = CurrentUser.get().scope().singleChamber() ? current.chamberIds()
                : chambersUnder(chamberIds, federation.path(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        members.update(id, checked, sealed, SearchTerms.of(checked.name()));
        members.replaceChambers(id, chosen, checked.joinedOn());
        members.addEvent(id, CurrentUser.get().username(), "UPDATED", null);
        audit.record("MEMBER_UPDATE", "MEMBER", id, AuditResult.SUCCESS);
        return get(id);
    }

    /** Approves an application: a member number (given, or the next free one) and a first period. */
    @Transactional
    public MemberView approve(long id, String memberNumber) {
        requireWriter();
        var current = get(id);
        requireStatus(id, MemberStatus.APPLIED, "member.transition.approve");
        var today = LocalDate.now(ZONE);
        var number = memberNumber == null || memberNumber.isBlank() ? nextNumber(current.federationId(), today)
                : memberNumber.strip();
        if (number.length() > 20) {
            throw new ValidationException("memberNumber", "member.number.too-long");
        }
        if (members.numberTaken(current.federationId(), number)) {
            throw new ValidationException("memberNumber", "member.number.taken", number);
        }
        members.admit(id, number, today);
        members.openPeriod(id, current.joinedOn() == null ? today : current.joinedOn());
        members.addEvent(id, CurrentUser.get().username(), "APPROVED", number);
        audit.record("MEMBER_APPROVE", "MEMBER", id, AuditResult.SUCCESS, number);
        events.publishEvent(new MemberAdmitted(id, current.federationId(), current.type(), today, false));
        return get(id);
    }

    @Transactional
    public MemberView reject(long id, String reason) {
        requireWriter();
        get(id);
        var why = reason(reason);
        requireStatus(id, MemberStatus.APPLIED, "member.transition.reject");
        members.setStatus(id, MemberStatus.REJECTED, why);
        members.addEvent(id, CurrentUser.get().username(), "REJECTED", why);
        audit.record("MEMBER_REJECT", "MEMBER", id, AuditResult.SUCCESS);
        return get(id);
    }

    /** Ends an active membership: lapsed (失效), withdrawn (退会) or expelled (除名). */
    @Transactional
    public MemberView end(long id, MemberStatus status, String reason) {
        requireWriter();
        var current = get(id);
        if (status == null || !status.ending()) {
            throw new ValidationException("status", "member.end.status");
        }
        var why = reason(reason);
        requireStatus(id, MemberStatus.ACTIVE, "member.transition.end");
        var today = LocalDate.now(ZONE);
        members.setStatus(id, status, null);
        members.closePeriod(id, today, status);
        members.addEvent(id, CurrentUser.get().username(), status.name(), why);
        audit.record("MEMBER_END", "MEMBER", id, AuditResult.SUCCESS, status.name());
        events.publishEvent(new MembershipEnded(id, current.federationId(), status, today));
        return get(id);
    }

    /** Re-admits a former member (lapsed, withdrawn or expelled) with a new period. */
    @Transactional
    public MemberView readmit(long id, String reason) {
        requireWriter();
        var current = get(id);
        var why = reason(reason);
        var status = members.status(id);
        if (!status.ending()) {
            throw new MemberException("member.transition.readmit", statusName(status));
        }
        var today = LocalDate.now(ZONE);
        members.setStatus(id, MemberStatus.ACTIVE, null);
        members.openPeriod(id, today);
        members.addEvent(id, CurrentUser.get().username(), "READMITTED", why);
        audit.record("MEMBER_READMIT", "MEMBER", id, AuditResult.SUCCESS);
        events.publishEvent(new MemberAdmitted(id, current.federationId(), current.type(), today, true));
        return get(id);
    }

    /** The full ID number and mobile for those allowed; every look is audited, a refused one too (no rollback). */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public Unmasked unmask(long id) {
        var user = CurrentUser.get();
        get(id);
        if (!mayUnmask()) {
            audit.record("MEMBER_UNMASK", "MEMBER", id, AuditResult.FAILURE);
            throw new AccessDeniedException("no unmask permission");
        }
        var ciphers = members.ciphers(id).orElseThrow(NotFoundException::new);
        audit.record("MEMBER_UNMASK", "MEMBER", id, AuditResult.SUCCESS, user.username());
        return new Unmasked(cipher.decrypt(ciphers[0]), cipher.decrypt(ciphers[1]));
    }

    /** Full personal numbers of one member. */
    public record Unmasked(String idNumber, String mobile) {
    }

    /** Federation staff and leaders may see full personal numbers; nobody else. */
    public static boolean mayUnmask() {
        return CurrentUser.find().map(u -> u.has(Role.STAFF) || u.has(Role.LEADER)).orElse(false);
    }

    @Transactional(readOnly = true)
    public PageView<MemberView> search(MemberFilter filter, int page, int size) {
        return new MemberSearch(members, cipher).page(scope(), filter, page, size);
    }

    private CheckedMember check(MemberDraft draft, String region, boolean joinDateRequired) {
        var outcome = MemberRules.check(draft, region, LocalDate.now(ZONE), joinDateRequired);
        if (!outcome.valid()) {
            throw new ValidationException(outcome.errors());
        }
        return outcome.member();
    }

    private void duplicate(long federationId, CheckedMember m, SealedPersonalData s, Long self, List<FieldError> errors) {
        members.findDuplicate(federationId, m.creditCode(), s.idNumberIndex())
                .filter(existing -> !existing.equals(self))
                .ifPresent(existing -> errors.add(m.creditCode() != null
                        ? new FieldError("creditCode", "member.credit-code.duplicate")
                        : new FieldError("idNumber", "member.id-number.duplicate")));
    }

    private List<Long> chambersUnder(List<Long> chamberIds, String path, List<FieldError> errors) {
        var chosen = new ArrayList<>(new LinkedHashSet<>(chamberIds == null ? List.<Long>of() : chamberIds));
        chosen.removeIf(java.util.Objects::isNull);
        if (chosen.size() > 20) {
            errors.add(new FieldError("chamberIds", "member.chambers.too-many"));
        }
        for (var chamberId : chosen) {
            if (!chambers.isVisibleChamber(chamberId, path)) {
                errors.add(new FieldError("chamberIds", "member.chambers.unknown"));
                break;
            }
        }
        return chosen;
    }

    private String nextNumber(long federationId, LocalDate today) {
        var region = federations.byId(federationId).orElseThrow().regionCode();
        String number;
        do {
            number = "%s-%d-%04d".formatted(region, today.getYear(), members.nextNumber(federationId, today.getYear()));
        } while (members.numberTaken(federationId, number));
        return number;
    }

    private void requireStatus(long id, MemberStatus expected, String messageKey) {
        var status = members.status(id);
        if (status != expected) {
            throw new MemberException(messageKey, statusName(status));
        }
    }

    /** The status as a message argument, so the explanation names it in the caller's language. */
    private static DefaultMessageSourceResolvable statusName(MemberStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"member.status." + status.name()}, status.name());
    }

    private static String reason(String reason) {
        var why = MemberRules.text(reason);
        if (why == null) {
            throw new ValidationException("reason", "member.reason.required");
        }
        if (why.length() > 500) {
            throw new ValidationException("reason", "member.too-long", 500);
        }
        return why;
    }

    private static cn.qinqing.shared.security.QinqingUser requireWriter() {
        var user = CurrentUser.get();
        if (user.has(Role.STAFF) || user.has(Role.LEADER) || user.scope().singleChamber()) {
            return user;
        }
        throw new AccessDeniedException("may not change members");
    }

    private static DataScope scope() {
        return CurrentUser.get().scope();
    }
}
