package cn.qinqing.legalaid;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The panel's tables. Every read takes the caller's federation path prefix: out of scope is absent. */
@Repository
class PanelMembers {

    static final int MAX_PAGE_SIZE = 100;
    private static final String FROM = " from legal_aid_panel_member p join federation f on f.id = p.federation_id"
            + " left join chamber c on c.id = p.chamber_id";
    private static final String SELECT = """
            select p.id, p.federation_id, f.name as federation_name, p.kind, p.name, p.organisation, p.chamber_id,
                   c.name as chamber_name, p.licence_number, p.mobile_masked, p.active,
                   array(select s.speciality from legal_aid_panel_speciality s where s.panel_member_id = p.id)
                       as specialities""" + FROM;

    private final JdbcClient jdbc;

    PanelMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PanelMember> find(long id, String pathPrefix) {
        return jdbc.sql(SELECT + " where p.id = ? and f.path like ?").params(id, pathPrefix + "%")
                .query(PanelMembers::map).optional();
    }

    List<PanelMember> page(String pathPrefix, PanelFilter filter, int page, int size) {
        var where = new Where(pathPrefix, filter);
        var params = new ArrayList<>(where.params);
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(SELECT + where.sql + " order by p.active desc, f.path, p.kind, p.name, p.id limit ? offset ?")
                .params(params).query(PanelMembers::map).list();
    }

    long count(String pathPrefix, PanelFilter filter) {
        var where = new Where(pathPrefix, filter);
        return jdbc.sql("select count(*)" + FROM + where.sql).params(where.params).query(Long.class).single();
    }

    long insert(long federationId, PanelRules.Checked m, byte[] mobileCipher, String mobileMasked) {
        var id = jdbc.sql("""
                insert into legal_aid_panel_member (federation_id, kind, name, organisation, chamber_id, licence_number,
                                                    mobile_cipher, mobile_masked, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(federationId, m.kind().name(), m.name(), m.organisation(), m.chamberId(), m.licenceNumber(),
                        mobileCipher, mobileMasked, m.active())
                .query(Long.class).single();
        specialities(id, m.specialities());
        return id;
    }

    /** Changes the fields; a null cipher keeps the stored mobile. */
    void update(long id, long federationId, PanelRules.Checked m, byte[] mobileCipher, String mobileMasked) {
        jdbc.sql("""
                update legal_aid_panel_member
                   set federation_id = ?, kind = ?, name = ?, organisation = ?, chamber_id = ?, licence_number = ?,
                       mobile_cipher = coalesce(?, mobile_cipher), mobile_masked = coalesce(?, mobile_masked),
                       active = ?, updated_at = now()
                 where id = ?""")
                .params(federationId, m.kind().name(), m.name(), m.organisation(), m.chamberId(), m.licenceNumber(),
                        mobileCipher, mobileMasked, m.active(), id)
                .update();
        jdbc.sql("delete from legal_aid_panel_speciality where panel_member_id = ?").param(id).update();
        specialities(id, m.specialities());
    }

    boolean licenceTaken(long federationId, String licenceNumber, long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from legal_aid_panel_member
                                where federation_id = ? and licence_number = ? and id <> ?)""")
                .params(federationId, licenceNumber, exceptId).query(Boolean.class).single();
    }

    byte[] mobileCipher(long id) {
        return jdbc.sql("select mobile_cipher from legal_aid_panel_member where id = ?").param(id)
                .query(byte[].class).single();
    }

    private void specialities(long id, Set<Speciality> specialities) {
        for (var s : specialities) {
            jdbc.sql("insert into legal_aid_panel_speciality (panel_member_id, speciality) values (?, ?)")
                    .params(id, s.name()).update();
        }
    }

    /** The list's conditions and their values. */
    private static final class Where {
        final String sql;
        final List<Object> params = new ArrayList<>();

        Where(String pathPrefix, PanelFilter filter) {
            var conditions = new ArrayList<>(List.of("f.path like ?"));
            params.add(pathPrefix + "%");
            var name = filter.name() == null ? "" : filter.name().strip();
            if (!name.isEmpty()) {
                conditions.add("(p.name ilike ? or p.organisation ilike ?)");
                var pattern = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                params.add(pattern);
                params.add(pattern);
            }
            if (filter.kind() != null) {
                conditions.add("p.kind = ?");
                params.add(filter.kind().name());
            }
            if (filter.speciality() != null) {
                conditions.add("exists (select 1 from legal_aid_panel_speciality s"
                        + " where s.panel_member_id = p.id and s.speciality = ?)");
                params.add(filter.speciality().name());
            }
            if (filter.active() != null) {
                conditions.add("p.active = ?");
                params.add(filter.active());
            }
            sql = " where " + String.join(" and ", conditions);
        }
    }

    private static PanelMember map(ResultSet rs, int n) throws SQLException {
        var chamberId = rs.getObject("chamber_id", Long.class);
        return new PanelMember(rs.getLong("id"), rs.getLong("federation_id"), rs.getString("federation_name"),
                PanelKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("organisation"),
                chamberId, rs.getString("chamber_name"), rs.getString("licence_number"),
                specialities(rs.getArray("specialities")), rs.getString("mobile_masked"), rs.getBoolean("active"));
    }

    private static List<Speciality> specialities(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(v -> Speciality.valueOf(v.toString()))
                .sorted(Comparator.naturalOrder()).toList();
    }
}
