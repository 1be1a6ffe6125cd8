package cn.qinqing.legalaid;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federation;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal-aid panel (法律服务团): lawyers and mediators a federation refers grievances to.
 * Federation staff and leaders keep the panels of the federations in their scope (their own and
 * those below); a member outside the scope is not found. Every change is audited.
 */
@Service
public class LegalAidPanel {

    private final PanelMembers members;
    private final Federations federations;
    private final Chambers chambers;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;

    LegalAidPanel(PanelMembers members, Federations federations, Chambers chambers, PersonalDataCipher cipher,
                  AuditLog audit) {
        this.members = members;
        this.federations = federations;
        this.chambers = chambers;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PageView<PanelMember> list(PanelFilter filter, int page, int size) {
        var scope = scope();
        int number = Math.max(page, 0);
        int limit = size < 1 ? 20 : Math.min(size, PanelMembers.MAX_PAGE_SIZE);
        var path = scope.federationPath();
        return PageView.of(members.page(path, filter, number, limit), number, limit, members.count(path, filter));
    }

    @Transactional(readOnly = true)
    public PanelMember get(long id) {
        return members.find(id, scope().federationPath()).orElseThrow(NotFoundException::new);
    }

    /** The panel member when the caller may see it; empty otherwise (for referrals). */
    @Transactional(readOnly = true)
    public Optional<PanelMember> find(long id) {
        return members.find(id, scope().federationPath());
    }

    @Transactional
    public PanelMember create(PanelMemberDraft draft) {
        var federationId = draft.federationId() == null ? CurrentUser.get().federationId() : draft.federationId();
        var checked = check(draft, federationId, false, 0L);
        long id;
        try {
            id = members.insert(federationId, checked, cipher.encrypt(checked.mobile()),
                    PanelRules.maskMobile(checked.mobile()));
        } catch (DuplicateKeyException e) {
            throw new ValidationException("licenceNumber", "legal-aid.licence.taken", checked.licenceNumber());
        }
        audit.record("LEGAL_AID_PANEL_CREATE", "LEGAL_AID_PANEL_MEMBER", id, AuditResult.SUCCESS, checked.name());
        return get(id);
    }

    /** Changes a panel member; a blank mobile keeps the stored number. */
    @Transactional
    public PanelMember update(long id, PanelMemberDraft draft) {
        var current = get(id);
        var federationId = draft.federationId() == null ? current.federationId() : draft.federationId();
        var checked = check(draft, federationId, true, id);
        var mobile = checked.mobile();
        try {
            members.update(id, federationId, checked, mobile == null ? null : cipher.encrypt(mobile),
                    mobile == null ? null : PanelRules.maskMobile(mobile));
        } catch (DuplicateKeyException e) {
            throw new ValidationException("licenceNumber", "legal-aid.licence.taken", checked.licenceNumber());
        }
        audit.record("LEGAL_AID_PANEL_UPDATE", "LEGAL_AID_PANEL_MEMBER", id, AuditResult.SUCCESS, checked.name());
        return get(id);
    }

    /** The full mobile, for calling the lawyer or mediator; each look is audited. */
    @Transactional
    public String mobile(long id) {
        get(id);
        audit.record("LEGAL_AID_PANEL_UNMASK", "LEGAL_AID_PANEL_MEMBER", id, AuditResult.SUCCESS);
        return cipher.decrypt(members.mobileCipher(id));
    }

    private PanelRules.Checked check(PanelMemberDraft draft, long federationId, boolean keepMobile, long exceptId) {
        var scope = scope();
        var errors = new ArrayList<FieldError>();
        var owner = federations.visible(federationId, scope);
        if (owner.isEmpty()) {
            errors.add(new FieldError("federationId", "legal-aid.federation.not-found"));
        }
        var checked = PanelRules.check(draft, keepMobile, errors);
        if (checked.chamberId() != null && checked.kind() == PanelKind.MEDIATOR && owner.isPresent()) {
            checkChamber(checked.chamberId(), owner.get(), errors);
        }
        if (errors.isEmpty() && checked.licenceNumber() != null
                && members.licenceTaken(federationId, checked.licenceNumber(), exceptId)) {
            errors.add(new FieldError("licenceNumber", "legal-aid.licence.taken", checked.licenceNumber()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return checked;
    }

    /** The chamber must belong to the owning federation or one below it (and so be in the caller's scope). */
    private void checkChamber(long chamberId, Federation owner, List<FieldError> errors) {
        if (!chambers.isVisibleChamber(chamberId, owner.path())) {
            errors.add(new FieldError("chamberId", "legal-aid.chamber.not-found"));
        }
    }

    /** Staff and leaders only; administrators and everyone else see no panel at all. */
    private static DataScope scope() {
        var user = CurrentUser.get();
        var scope = user.scope();
        if (!(user.has(Role.STAFF) || user.has(Role.LEADER)) || scope.none() || scope.singleChamber()) {
            throw new AccessDeniedException("the legal-aid panel is kept by federation staff and leaders");
        }
        return scope;
    }
}
