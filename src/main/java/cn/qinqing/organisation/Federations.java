package cn.qinqing.organisation;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The federation tree: the deployment's own federation, its parents and the federations below. */
@Service
public class Federations {

    private static final String SELECT = "select id, name, level, region_code, parent_id, path from federation";

    private final JdbcClient jdbc;
    private final FederationProperties properties;
    private final AuditLog audit;

    Federations(JdbcClient jdbc, FederationProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
    }

    /** The federation this deployment serves, created with its parents on first call. */
    @Transactional
    public Federation home() {
        return byRegion(properties.regionCode()).orElseGet(this::createHome);
    }

    public Optional<Federation> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Federations::map).optional();
    }

    public Optional<Federation> byRegion(String regionCode) {
        return jdbc.sql(SELECT + " where region_code = ?").param(regionCode).query(Federations::map).optional();
    }

    /** The federation with this path prefix and all below it, top down. */
    public List<Federation> subtree(String pathPrefix) {
        return jdbc.sql(SELECT + " where path like ? order by path").param(pathPrefix + "%")
                .query(Federations::map).list();
    }

    /** The federations the scope sees, top down; none for administrators and chamber secretaries. */
    public List<Federation> visible(DataScope scope) {
        return scope.none() || scope.singleChamber() ? List.of() : subtree(scope.federationPath());
    }

    /** The federation when the scope sees it; empty when unknown or outside the scope alike. */
    public Optional<Federation> visible(long id, DataScope scope) {
        return byId(id).filter(f -> scope.includesFederation(f.path()));
    }

    /**
     * Creates a subordinate federation (下级工商联) under a parent the scope sees. The level must
     * lie below the parent's and the region code (GB/T 2260) must fit the level, lie inside the
     * parent's region and be unused.
     */
    @Transactional
    public Federation create(DataScope scope, Long parentId, String name, FederationLevel level, String regionCode) {
        var errors = new ArrayList<FieldError>();
        var parent = parentId == null ? Optional.<Federation>empty() : visible(parentId, scope);
        if (parent.isEmpty()) {
            errors.add(new FieldError("parentId", "federation.parent.not-found"));
        }
        var trimmedName = name == null ? "" : name.trim();
        if (trimmedName.isEmpty() || trimmedName.length() > 100) {
            errors.add(new FieldError("name", "federation.name.invalid"));
        }
        var code = regionCode == null ? null : regionCode.trim();
        parent.ifPresent(p -> {
            RegionCodeRule.levelViolation(level, p.level()).ifPresent(key -> errors.add(new FieldError("level", key)));
            if (level != null) {
                RegionCodeRule.violation(level, code, p.level(), p.regionCode())
                        .ifPresent(key -> errors.add(new FieldError("regionCode", key, code, p.name())));
            }
        });
        if (errors.stream().noneMatch(e -> e.field().equals("regionCode")) && code != null && byRegion(code).isPresent()) {
            errors.add(new FieldError("regionCode", "federation.region-code.taken", code));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            var created = insert(trimmedName, level, code, parent.get());
            audit.record("FEDERATION_CREATE", "FEDERATION", created.id(), AuditResult.SUCCESS, created.regionCode());
            return created;
        } catch (DuplicateKeyException e) {
            throw new ValidationException("regionCode", "federation.region-code.taken", code);
        }
    }

    private Federation createHome() {
        Federation parent = null;
        for (var p : properties.parents()) {
            var existing = byRegion(p.regionCode());
            parent = existing.isPresent() ? existing.get() : insert(p.name(), p.level(), p.regionCode(), parent);
        }
        return insert(properties.name(), properties.level(), properties.regionCode(), parent);
    }

    private Federation insert(String name, FederationLevel level, String regionCode, Federation parent) {
        var id = jdbc.sql("""
                insert into federation (name, level, region_code, parent_id, path) values (?, ?, ?, ?, '')
                returning id""")
                .params(name, level.name(), regionCode, parent == null ? null : parent.id())
                .query(Long.class).single();
        var path = (parent == null ? "/" : parent.path()) + id + "/";
        jdbc.sql("update federation set path = ? where id = ?").params(path, id).update();
        return new Federation(id, name, level, regionCode, parent == null ? null : parent.id(), path);
    }

    private static Federation map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Federation(rs.getLong("id"), rs.getString("name"), FederationLevel.valueOf(rs.getString("level")),
                rs.getString("region_code"), (Long) rs.getObject("parent_id"), rs.getString("path"));
    }
}
