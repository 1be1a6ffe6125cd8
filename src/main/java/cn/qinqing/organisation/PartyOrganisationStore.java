package cn.qinqing.organisation;

import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.web.PageView;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code party_organisation} table; every read is limited to a data scope. */
@Repository
class PartyOrganisationStore {

    private static final String FROM = """
             from party_organisation p join federation f on f.id = p.federation_id
             left join chamber c on c.id = p.chamber_id
            """;
    private static final String SELECT = """
            select p.id, p.kind, p.name, p.secretary_name, p.member_count, p.founded_on, p.remarks,
                   p.federation_id, f.name as federation_name, p.chamber_id, c.name as chamber_name""" + FROM;
    private static final String ORDER = " order by f.path,"
            + " array_position(array['PARTY_GROUP','SECTOR_COMMITTEE','BRANCH']::varchar[], p.kind),"
            + " p.chamber_id nulls first, p.name, p.id";

    private final JdbcClient jdbc;

    PartyOrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PartyOrganisation> find(long id, DataScope scope) {
        var where = new Where(scope);
        where.add("p.id = ?", id);
        return jdbc.sql(SELECT + where.sql()).params(where.params).query(PartyOrganisationStore::map).optional();
    }

    PageView<PartyOrganisation> page(DataScope scope, PartyOrganisationFilter filter, int page, int size) {
        var where = new Where(scope);
        if (filter.kind() != null) {
            where.add("p.kind = ?", filter.kind().name());
        }
        var name = Inputs.trimToNull(filter.name());
        if (name != null) {
            where.add("p.name ilike ?", Inputs.contains(name));
        }
        if (filter.attachment() != null) {
            where.add(filter.attachment() == PartyOrganisationFilter.Attachment.CHAMBER
                    ? "p.chamber_id is not null" : "p.chamber_id is null");
        }
        if (filter.federationId() != null) {
            where.add("p.federation_id = ?", filter.federationId());
        }
        if (filter.chamberId() != null) {
            where.add("p.chamber_id = ?", filter.chamberId());
        }
        long total = jdbc.sql("select count(*)" + FROM + where.sql()).params(where.params).query(Long.class).single();
        var params = new ArrayList<>(where.params);
        params.add(size);
        params.add((long) page * size);
        var content = jdbc.sql(SELECT + where.sql() + ORDER + " limit ? offset ?").params(params)
                .query(PartyOrganisationStore::map).list();
        return PageView.of(content, page, size, total);
    }

    long insert(long federationId, Long chamberId, PartyOrganisationDraft d) {
        return jdbc.sql("""
                insert into party_organisation (federation_id, chamber_id, kind, name, secretary_name, member_count,
                                                founded_on, remarks)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(federationId, chamberId, d.kind().name(), d.name(), d.secretaryName(), d.memberCount(),
                        d.foundedOn() == null ? null : Date.valueOf(d.foundedOn()), d.remarks())
                .query(Long.class).single();
    }

    void update(long id, long federationId, Long chamberId, PartyOrganisationDraft d) {
        jdbc.sql("""
                update party_organisation set federation_id = ?, chamber_id = ?, kind = ?, name = ?,
                       secretary_name = ?, member_count = ?, founded_on = ?, remarks = ?, updated_at = now()
                 where id = ?""")
                .params(federationId, chamberId, d.kind().name(), d.name(), d.secretaryName(), d.memberCount(),
                        d.foundedOn() == null ? null : Date.valueOf(d.foundedOn()), d.remarks(), id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from party_organisation where id = ?").param(id).update();
    }

    boolean nameTaken(long federationId, Long chamberId, String name, Long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from party_organisation
                                where federation_id = ? and coalesce(chamber_id, 0) = ? and name = ? and id <> ?)""")
                .params(federationId, chamberId == null ? 0L : chamberId, name, exceptId == null ? 0L : exceptId)
                .query(Boolean.class).single();
    }

    boolean partyGroupExists(long federationId, Long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from party_organisation
                                where federation_id = ? and kind = 'PARTY_GROUP' and id <> ?)""")
                .params(federationId, exceptId == null ? 0L : exceptId).query(Boolean.class).single();
    }

    /** The scope's conditions first, then the filters, all with positional parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        Where(DataScope scope) {
            if (scope.none()) {
                conditions.add("false");
                return;
            }
            add("f.path like ?", scope.federationPath() + "%");
            if (scope.singleChamber()) {
                add("p.chamber_id = ?", scope.chamberId());
            }
        }

        void add(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(List.of(values));
        }

        String sql() {
            return " where " + String.join(" and ", conditions);
        }
    }

    private static PartyOrganisation map(ResultSet rs, int n) throws SQLException {
        var founded = rs.getDate("founded_on");
        return new PartyOrganisation(rs.getLong("id"), PartyOrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("secretary_name"), rs.getInt("member_count"),
                founded == null ? null : founded.toLocalDate(), rs.getString("remarks"), rs.getLong("federation_id"),
                rs.getString("federation_name"), (Long) rs.getObject("chamber_id"), rs.getString("chamber_name"));
    }
}
