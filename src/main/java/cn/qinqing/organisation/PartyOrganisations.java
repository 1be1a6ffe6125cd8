package cn.qinqing.organisation;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party organisations (党组织). A caller sees those of the federations in its scope; a chamber
 * secretary sees only its own chamber's. Federation staff and leaders write any they see; a
 * chamber secretary writes only its own chamber's, always attached to that chamber.
 *
 * <p>A chamber-attached organisation belongs to the chamber's own federation.
 */
@Service
public class PartyOrganisations {

    static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1921, 7, 1);
    static final int MAX_MEMBERS = 100_000;

    private final PartyOrganisationStore store;
    private final Federations federations;
    private final ChamberRepository chambers;
    private final AuditLog audit;

    PartyOrganisations(PartyOrganisationStore store, Federations federations, ChamberRepository chambers,
                       AuditLog audit) {
        this.store = store;
        this.chambers = chambers;
        this.federations = federations;
        this.audit = audit;
    }

    public PageView<PartyOrganisation> list(QinqingUser caller, PartyOrganisationFilter filter, int page, int size) {
        return store.page(caller.scope(), filter, Inputs.page(page), Inputs.size(size));
    }

    /** All party organisations of one federation the caller sees (for the federation's page). */
    public List<PartyOrganisation> ofFederation(QinqingUser caller, long federationId) {
        var filter = new PartyOrganisationFilter(null, null, null, federationId, null);
        return store.page(caller.scope(), filter, 0, 1000).content();
    }

    public PartyOrganisation get(QinqingUser caller, long id) {
        return store.find(id, caller.scope()).orElseThrow(NotFoundException::new);
    }

    /** Whether the caller may change this (visible) party organisation. */
    public boolean canWrite(QinqingUser caller, PartyOrganisation organisation) {
        if (caller.has(Role.STAFF) || caller.has(Role.LEADER)) {
            return true;
        }
        var own = ownChamber(caller);
        return own != null && own.equals(organisation.chamberId());
    }

    @Transactional
    public PartyOrganisation create(QinqingUser caller, PartyOrganisationDraft draft) {
        var checked = check(caller, draft, null);
        long id;
        try {
            id = store.insert(checked.federationId(), checked.chamberId(), checked);
        } catch (DuplicateKeyException e) {
            throw taken(checked);
        }
        audit.record("PARTY_ORGANISATION_CREATE", "PARTY_ORGANISATION", id, AuditResult.SUCCESS, checked.name());
        return get(caller, id);
    }

    @Transactional
    public PartyOrganisation update(QinqingUser caller, long id, PartyOrganisationDraft draft) {
        var existing = writable(caller, id);
        var checked = check(caller, draft, existing.id());
        try {
            store.update(id, checked.federationId(), checked.chamberId(), checked);
        } catch (DuplicateKeyException e) {
            throw taken(checked);
        }
        audit.record("PARTY_ORGANISATION_UPDATE", "PARTY_ORGANISATION", id, AuditResult.SUCCESS, checked.name());
        return get(caller, id);
    }

    @Transactional
    public void delete(QinqingUser caller, long id) {
        var existing = writable(caller, id);
        store.delete(id);
        audit.record("PARTY_ORGANISATION_DELETE", "PARTY_ORGANISATION", id, AuditResult.SUCCESS, existing.name());
    }

    private PartyOrganisation writable(QinqingUser caller, long id) {
        var existing = get(caller, id);
        if (!canWrite(caller, existing)) {
            throw new AccessDeniedException("party organisation outside the caller's chamber");
        }
        return existing;
    }

    /** Applies the rules; returns the draft trimmed, with its federation and chamber settled. */
    private PartyOrganisationDraft check(QinqingUser caller, PartyOrganisationDraft d, Long exceptId) {
        var errors = new ArrayList<FieldError>();
        boolean federationStaff = caller.has(Role.STAFF) || caller.has(Role.LEADER);
        Long federationId = federationStaff && d.federationId() != null ? d.federationId() : (Long) caller.federationId();
        Long chamberId = federationStaff ? d.chamberId() : ownChamber(caller);
        if (!federationStaff && chamberId == null) {
            throw new AccessDeniedException("no chamber to write for");
        }
        if (federationStaff && federations.visible(federationId, caller.scope()).isEmpty()) {
            errors.add(new FieldError("federationId", "party.federation.not-found"));
        }
        if (chamberId != null && (chamberId <= 0 || !chambers.belongsTo(chamberId, federationId))) {
            errors.add(new FieldError("chamberId", "party.chamber.invalid"));
        }
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "party.kind.required"));
        } else if (d.kind() == PartyOrganisationKind.PARTY_GROUP && chamberId != null) {
            errors.add(new FieldError("kind", "party.kind.group-in-chamber"));
        }
        var name = Inputs.required(errors, "name", d.name(), 100, "party.name.invalid");
        var secretary = Inputs.optional(errors, "secretaryName", d.secretaryName(), 50, "party.secretary-name.too-long");
        var remarks = Inputs.optional(errors, "remarks", d.remarks(), 500, "party.remarks.too-long");
        if (d.memberCount() == null || d.memberCount() < 0 || d.memberCount() > MAX_MEMBERS) {
            errors.add(new FieldError("memberCount", "party.member-count.invalid", String.valueOf(MAX_MEMBERS)));
        }
        if (d.foundedOn() != null && (d.foundedOn().isBefore(EARLIEST_FOUNDING) || d.foundedOn().isAfter(LocalDate.now()))) {
            errors.add(new FieldError("foundedOn", "party.founded-on.invalid"));
        }
        if (errors.isEmpty() && store.nameTaken(federationId, chamberId, name, exceptId)) {
            errors.add(new FieldError("name", "party.name.taken", name));
        }
        if (errors.isEmpty() && d.kind() == PartyOrganisationKind.PARTY_GROUP && store.partyGroupExists(federationId, exceptId)) {
            errors.add(new FieldError("kind", "party.kind.group-exists"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PartyOrganisationDraft(d.kind(), name, secretary, d.memberCount(), d.foundedOn(), remarks,
                federationId, chamberId);
    }

    /** A concurrent insert won the race on a unique index: the same answer as the checks give. */
    private static ValidationException taken(PartyOrganisationDraft d) {
        return d.kind() == PartyOrganisationKind.PARTY_GROUP
                ? new ValidationException("kind", "party.kind.group-exists")
                : new ValidationException("name", "party.name.taken", d.name());
    }

    private static Long ownChamber(QinqingUser caller) {
        return caller.grant(Role.CHAMBER_SECRETARY).map(g -> g.chamberId()).orElse(null);
    }
}
