package cn.qinqing.organisation;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of government departments (政府部门) per federation region. Federation staff and
 * leaders see and keep the departments of the federations in their scope.
 */
@Service
public class Departments {

    /** A mobile number, or a fixed line with area code and optional extension (0546-8123456-12). */
    public static final Pattern PHONE = Pattern.compile("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?)$");
    private static final String FROM = " from department d join federation f on f.id = d.federation_id";
    private static final String SELECT = """
            select d.id, d.federation_id, f.name as federation_name, d.name, d.kind, d.contact_person, d.phone,
                   d.active""" + FROM;

    private final JdbcClient jdbc;
    private final Federations federations;
    private final AuditLog audit;

    Departments(JdbcClient jdbc, Federations federations, AuditLog audit) {
        this.jdbc = jdbc;
        this.federations = federations;
        this.audit = audit;
    }

    /** True when the department exists and belongs to a federation at or below the path ("/1/2/"). */
    public boolean isVisibleDepartment(long id, String federationPath) {
        if (federationPath == null || federationPath.isEmpty()) {
            return false;
        }
        return jdbc.sql("select exists (select 1" + FROM + " where d.id = ? and f.path like ?)")
                .params(id, federationPath + "%").query(Boolean.class).single();
    }

    public PageView<Department> list(QinqingUser caller, DepartmentFilter filter, int page, int size) {
        var scope = requireStaff(caller);
        var conditions = new ArrayList<>(List.of("f.path like ?"));
        var params = new ArrayList<Object>(List.of(scope.federationPath() + "%"));
        var name = Inputs.trimToNull(filter.name());
        if (name != null) {
            conditions.add("d.name ilike ?");
            params.add(Inputs.contains(name));
        }
        if (filter.kind() != null) {
            conditions.add("d.kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.active() != null) {
            conditions.add("d.active = ?");
            params.add(filter.active());
        }
        if (filter.federationId() != null) {
            conditions.add("d.federation_id = ?");
            params.add(filter.federationId());
        }
        var where = " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        int number = Inputs.page(page);
        int limit = Inputs.size(size);
        params.add(limit);
        params.add((long) number * limit);
        var content = jdbc.sql(SELECT + where + " order by f.path, d.active desc, d.kind, d.name, d.id limit ? offset ?")
                .params(params).query(Departments::map).list();
        return PageView.of(content, number, limit, total);
    }

    public Department get(QinqingUser caller, long id) {
        var scope = requireStaff(caller);
        return find(id, scope).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public Department create(QinqingUser caller, DepartmentDraft draft) {
        var d = check(caller, draft, null);
        long id;
        try {
            id = jdbc.sql("""
                    insert into department (federation_id, name, kind, contact_person, phone, active)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(d.federationId(), d.name(), d.kind().name(), d.contactPerson(), d.phone(), d.active())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ValidationException("name", "department.name.taken", d.name());
        }
        audit.record("DEPARTMENT_CREATE", "DEPARTMENT", id, AuditResult.SUCCESS, d.name());
        return get(caller, id);
    }

    @Transactional
    public Department update(QinqingUser caller, long id, DepartmentDraft draft) {
        get(caller, id);
        var d = check(caller, draft, id);
        try {
            jdbc.sql("""
                    update department set federation_id = ?, name = ?, kind = ?, contact_person = ?, phone = ?,
                           active = ?, updated_at = now()
                     where id = ?""")
                    .params(d.federationId(), d.name(), d.kind().name(), d.contactPerson(), d.phone(), d.active(), id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ValidationException("name", "department.name.taken", d.name());
        }
        audit.record("DEPARTMENT_UPDATE", "DEPARTMENT", id, AuditResult.SUCCESS, d.name());
        return get(caller, id);
    }

    private DepartmentDraft check(QinqingUser caller, DepartmentDraft d, Long exceptId) {
        var errors = new ArrayList<FieldError>();
        long federationId = d.federationId() == null ? caller.federationId() : d.federationId();
        if (federations.visible(federationId, caller.scope()).isEmpty()) {
            errors.add(new FieldError("federationId", "department.federation.not-found"));
        }
        var name = Inputs.required(errors, "name", d.name(), 100, "department.name.invalid");
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "department.kind.required"));
        }
        var contact = Inputs.optional(errors, "contactPerson", d.contactPerson(), 50, "department.contact-person.too-long");
        var phone = Inputs.trimToNull(d.phone());
        if (phone != null && (phone.length() > 20 || !PHONE.matcher(phone).matches())) {
            errors.add(new FieldError("phone", "department.phone.invalid"));
        }
        if (errors.isEmpty() && nameTaken(federationId, name, exceptId)) {
            errors.add(new FieldError("name", "department.name.taken", name));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new DepartmentDraft(federationId, name, d.kind(), contact, phone, d.active() == null || d.active());
    }

    private boolean nameTaken(long federationId, String name, Long exceptId) {
        return jdbc.sql("select exists (select 1 from department where federation_id = ? and name = ? and id <> ?)")
                .params(federationId, name, exceptId == null ? 0L : exceptId).query(Boolean.class).single();
    }

    private Optional<Department> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " where d.id = ? and f.path like ?").params(id, scope.federationPath() + "%")
                .query(Departments::map).optional();
    }

    private static DataScope requireStaff(QinqingUser caller) {
        var scope = caller.scope();
        if (!(caller.has(Role.STAFF) || caller.has(Role.LEADER)) || scope.none()) {
            throw new AccessDeniedException("departments are kept by federation staff and leaders");
        }
        return scope;
    }

    private static Department map(ResultSet rs, int n) throws SQLException {
        return new Department(rs.getLong("id"), rs.getLong("federation_id"), rs.getString("federation_name"),
                rs.getString("name"), DepartmentKind.valueOf(rs.getString("kind")), rs.getString("contact_person"),
                rs.getString("phone"), rs.getBoolean("active"));
    }
}
