package cn.qinqing.organisation;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly staffing records of the federations (编制岗位), one per federation and year. Only
 * federation staff and leaders see and keep them, for the federations in their scope.
 */
@Service
public class StaffingRecords {

    static final int FIRST_YEAR = 1949;
    static final int MAX_COUNT = 9999;
    private static final String SELECT = """
            select federation_id, year, authorised, filled, cadres, remarks from federation_staffing""";

    private final JdbcClient jdbc;
    private final Federations federations;
    private final AuditLog audit;

    StaffingRecords(JdbcClient jdbc, Federations federations, AuditLog audit) {
        this.jdbc = jdbc;
        this.federations = federations;
        this.audit = audit;
    }

    /** The federation's records, latest year first. */
    public List<StaffingRecord> list(QinqingUser caller, long federationId) {
        requireVisible(caller, federationId);
        return jdbc.sql(SELECT + " where federation_id = ? order by year desc").param(federationId)
                .query(StaffingRecords::map).list();
    }

    public StaffingRecord get(QinqingUser caller, long federationId, int year) {
        requireVisible(caller, federationId);
        return jdbc.sql(SELECT + " where federation_id = ? and year = ?").params(federationId, year)
                .query(StaffingRecords::map).optional().orElseThrow(NotFoundException::new);
    }

    @Transactional
    public StaffingRecord create(QinqingUser caller, long federationId, StaffingDraft draft) {
        requireVisible(caller, federationId);
        var errors = new ArrayList<FieldError>();
        var year = draft.year();
        int latest = Year.now().getValue() + 1;
        if (year == null || year < FIRST_YEAR || year > latest) {
            errors.add(new FieldError("year", "staffing.year.invalid", String.valueOf(FIRST_YEAR), String.valueOf(latest)));
        }
        var remarks = checkCounts(draft, errors);
        if (errors.isEmpty() && exists(federationId, year)) {
            errors.add(new FieldError("year", "staffing.year.taken", String.valueOf(year)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            jdbc.sql("""
                    insert into federation_staffing (federation_id, year, authorised, filled, cadres, remarks)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(federationId, year, draft.authorised(), draft.filled(), draft.cadres(), remarks).update();
        } catch (DuplicateKeyException e) {
            throw new ValidationException("year", "staffing.year.taken", String.valueOf(year));
        }
        audit.record("STAFFING_CREATE", "FEDERATION_STAFFING", federationId + "/" + year, AuditResult.SUCCESS);
        return get(caller, federationId, year);
    }

    @Transactional
    public StaffingRecord update(QinqingUser caller, long federationId, int year, StaffingDraft draft) {
        get(caller, federationId, year);
        var errors = new ArrayList<FieldError>();
        var remarks = checkCounts(draft, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        jdbc.sql("""
                update federation_staffing set authorised = ?, filled = ?, cadres = ?, remarks = ?, updated_at = now()
                 where federation_id = ? and year = ?""")
                .params(draft.authorised(), draft.filled(), draft.cadres(), remarks, federationId, year).update();
        audit.record("STAFFING_UPDATE", "FEDERATION_STAFFING", federationId + "/" + year, AuditResult.SUCCESS);
        return get(caller, federationId, year);
    }

    @Transactional
    public void delete(QinqingUser caller, long federationId, int year) {
        get(caller, federationId, year);
        jdbc.sql("delete from federation_staffing where federation_id = ? and year = ?").params(federationId, year).update();
        audit.record("STAFFING_DELETE", "FEDERATION_STAFFING", federationId + "/" + year, AuditResult.SUCCESS);
    }

    private void requireVisible(QinqingUser caller, long federationId) {
        if (!caller.has(Role.STAFF) && !caller.has(Role.LEADER)) {
            throw new AccessDeniedException("staffing records are for federation staff and leaders");
        }
        federations.visible(federationId, caller.scope()).orElseThrow(NotFoundException::new);
    }

    private boolean exists(long federationId, int year) {
        return jdbc.sql("select exists (select 1 from federation_staffing where federation_id = ? and year = ?)")
                .params(federationId, year).query(Boolean.class).single();
    }

    private static String checkCounts(StaffingDraft d, List<FieldError> errors) {
        checkCount("authorised", d.authorised(), errors);
        checkCount("filled", d.filled(), errors);
        checkCount("cadres", d.cadres(), errors);
        return Inputs.optional(errors, "remarks", d.remarks(), 500, "staffing.remarks.too-long");
    }

    private static void checkCount(String field, Integer value, List<FieldError> errors) {
        if (value == null || value < 0 || value > MAX_COUNT) {
            errors.add(new FieldError(field, "staffing.count.invalid", String.valueOf(MAX_COUNT)));
        }
    }

    private static StaffingRecord map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StaffingRecord(rs.getLong("federation_id"), rs.getInt("year"), rs.getInt("authorised"),
                rs.getInt("filled"), rs.getInt("cadres"), rs.getString("remarks"));
    }
}
