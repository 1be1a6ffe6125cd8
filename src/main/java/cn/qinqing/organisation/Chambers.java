package cn.qinqing.organisation;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chambers of commerce (商会): the organisation module's commands and queries on them. Every call
 * works inside the caller's data scope: a chamber outside it is "not found". Federation staff and
 * leaders manage chambers; a chamber secretary keeps its own chamber's "五有" checklist and
 * self-assessments; vice-chairs only read.
 */
@Service
public class Chambers {

    static final String READERS = "hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')";
    static final String MANAGERS = "hasAnyRole('STAFF','LEADER')";
    static final String KEEPERS = "hasAnyRole('STAFF','LEADER','CHAMBER_SECRETARY')";

    private final ChamberRepository repository;
    private final ChamberChecks checks;
    private final AuditLog audit;

    Chambers(ChamberRepository repository, ChamberChecks checks, AuditLog audit) {
        this.repository = repository;
        this.checks = checks;
        this.audit = audit;
    }

    /** A page of visible chambers sorted by name, filtered by a name (or credit code) fragment and kind. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public PageView<Chamber> list(String text, ChamberKind kind, int page, int size) {
        return repository.page(scope(), text, kind, page, size);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Chamber get(long id) {
        return repository.find(scope(), id).orElseThrow(NotFoundException::new);
    }

    @PreAuthorize(MANAGERS)
    @Transactional
    public Chamber create(ChamberDraft draft) {
        var scope = scope();
        var federationId = draft.federationId() != null ? draft.federationId() : CurrentUser.get().federationId();
        var clean = checks.checked(draft, federationId, scope, null);
        long id;
        try {
            id = repository.insert(federationId, clean, clean.creditCode());
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
        audit.record("CHAMBER_CREATE", "CHAMBER", id, AuditResult.SUCCESS, clean.name());
        return get(id);
    }

    @PreAuthorize(MANAGERS)
    @Transactional
    public Chamber update(long id, ChamberDraft draft) {
        var scope = scope();
        var current = get(id);
        var federationId = draft.federationId() != null ? draft.federationId() : current.federationId();
        var clean = checks.checked(draft, federationId, scope, id);
        try {
            repository.update(id, federationId, clean, clean.creditCode());
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
        audit.record("CHAMBER_UPDATE", "CHAMBER", id, AuditResult.SUCCESS, clean.name());
        return get(id);
    }

    @PreAuthorize(MANAGERS)
    @Transactional
    public void delete(long id) {
        var chamber = get(id);
        try {
            repository.delete(id);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // Accounts, party organisations or members still refer to it.
            throw new cn.qinqing.shared.web.ConflictException("chamber.in-use", chamber.name());
        }
        audit.record("CHAMBER_DELETE", "CHAMBER", id, AuditResult.SUCCESS, chamber.name());
    }

    /** Sets the whole "五有" checklist; items left out are stored as not met. */
    @PreAuthorize(KEEPERS)
    @Transactional
    public Chamber setFiveHas(long id, List<FiveHas> items) {
        get(id);
        requireKeeperOf(id);
        repository.replaceFiveHas(id, checks.checkedFiveHas(items));
        audit.record("CHAMBER_FIVE_HAS_UPDATE", "CHAMBER", id, AuditResult.SUCCESS);
        return get(id);
    }

    /** Records the year's self-assessment, replacing an earlier one for that year; true when it is new. */
    @PreAuthorize(KEEPERS)
    @Transactional
    public boolean recordAssessment(long id, SelfAssessment assessment) {
        get(id);
        requireKeeperOf(id);
        var clean = checks.checkedAssessment(assessment);
        boolean created = repository.saveAssessment(id, clean);
        audit.record("CHAMBER_ASSESSMENT_RECORD", "CHAMBER", id, AuditResult.SUCCESS, "year " + clean.year());
        return created;
    }

    /**
     * True when the chamber exists under the federation path (that federation or one below), for the
     * account module to check a chamber secretary's binding; needs no business scope of its own.
     */
    @Transactional(readOnly = true)
    public boolean isVisibleChamber(long chamberId, String federationPath) {
        return federationPath != null && repository.existsUnder(chamberId, federationPath);
    }

    /** The chambers under a federation path, by name, for choosing one in a form. */
    @Transactional(readOnly = true)
    public List<ChamberChoice> choicesUnder(String federationPath) {
        return federationPath == null ? List.of() : repository.choicesUnder(federationPath);
    }

    /**
     * The caller's scope. A chamber secretary whose grant names no chamber gets nothing rather than
     * the whole federation that {@link DataScope} would otherwise give it.
     */
    private static DataScope scope() {
        var user = CurrentUser.get();
        var scope = user.scope();
        boolean federationWide = user.has(Role.STAFF) || user.has(Role.LEADER) || user.has(Role.VICE_CHAIR);
        if (scope.none() || (!federationWide && scope.chamberId() == null)) {
            throw new AccessDeniedException("no business data scope");
        }
        return scope;
    }

    /**
     * Staff and leaders keep any visible chamber's records; anyone else only the chamber its
     * secretary grant names (a vice-chair who is also a secretary reads all but keeps only its own).
     */
    private static void requireKeeperOf(long id) {
        var user = CurrentUser.get();
        if (user.has(Role.STAFF) || user.has(Role.LEADER)) {
            return;
        }
        var own = user.grant(Role.CHAMBER_SECRETARY).map(RoleGrant::chamberId);
        if (own.isEmpty() || own.get() != id) {
            throw new AccessDeniedException("not this chamber's secretary");
        }
    }

    /** A concurrent insert won the race for a unique name or code: say so as a field error. */
    private static ValidationException duplicate(DuplicateKeyException e) {
        var message = String.valueOf(e.getMostSpecificCause().getMessage());
        var errors = new ArrayList<FieldError>();
        if (message.contains("chamber_credit_code_key")) {
            errors.add(new FieldError(ChamberRules.CREDIT_CODE, "chamber.credit-code.taken"));
        } else {
            errors.add(new FieldError("name", "chamber.name.taken"));
        }
        return new ValidationException(errors);
    }
}
