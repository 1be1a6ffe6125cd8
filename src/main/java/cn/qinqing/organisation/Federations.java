package cn.qinqing.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The federation tree: the deployment's own federation, its parents and the federations below. */
@Service
public class Federations {

    private static final String SELECT = "select id, name, level, region_code, parent_id, path from federation";

    private final JdbcClient jdbc;
    private final FederationProperties properties;

    Federations(JdbcClient jdbc, FederationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
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
