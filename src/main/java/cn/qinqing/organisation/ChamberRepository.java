package cn.qinqing.organisation;

import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.web.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The chamber tables. Every read takes the caller's data scope and adds it to the SQL, so a
 * chamber outside the scope is simply not found.
 */
@Repository
class ChamberRepository {

    private static final String FROM = " from chamber c join federation f on f.id = c.federation_id ";
    private static final String COLUMNS = """
            select c.id, c.federation_id, f.name as federation_name, c.name, c.kind, c.credit_code, c.address,
                   c.phone, c.founded_on, c.president, c.secretary_general, c.member_count, c.remarks,
                   c.created_at, c.updated_at""";

    private final JdbcClient jdbc;

    ChamberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageView<Chamber> page(DataScope scope, String text, ChamberKind kind, int page, int size) {
        var where = new StringBuilder(scopeCondition(scope));
        var params = scopeParams(scope);
        if (text != null && !text.isBlank()) {
            where.append(" and (c.name ilike :text or c.credit_code like upper(:text))");
            params.put("text", "%" + escapeLike(text.strip()) + "%");
        }
        if (kind != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", kind.name());
        }
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        var rows = jdbc.sql(COLUMNS + FROM + where + " order by c.name, c.id limit :limit offset :offset")
                .params(params).query(ChamberRepository::row).list();
        return PageView.of(complete(rows), page, size, total);
    }

    Optional<Chamber> find(DataScope scope, long id) {
        var params = scopeParams(scope);
        params.put("id", id);
        var rows = jdbc.sql(COLUMNS + FROM + scopeCondition(scope) + " and c.id = :id")
                .params(params).query(ChamberRepository::row).list();
        return complete(rows).stream().findFirst();
    }

    /** True when the chamber exists and belongs directly to this federation. */
    boolean belongsTo(long id, long federationId) {
        return jdbc.sql("select count(*) from chamber where id = :id and federation_id = :federation")
                .param("id", id).param("federation", federationId).query(Long.class).single() > 0;
    }

    boolean existsUnder(long id, String federationPath) {
        return jdbc.sql("select count(*)" + FROM + " where c.id = :id and f.path like :path")
                .param("id", id).param("path", escapeLike(federationPath) + "%")
                .query(Long.class).single() > 0;
    }

    List<ChamberChoice> choicesUnder(String federationPath) {
        return jdbc.sql("select c.id, c.name, c.federation_id" + FROM + " where f.path like :path order by c.name, c.id")
                .param("path", escapeLike(federationPath) + "%")
                .query((rs, n) -> new ChamberChoice(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    boolean creditCodeTaken(String creditCode, Long exceptId) {
        return jdbc.sql("select count(*) from chamber where credit_code = ? and id <> coalesce(?, -1)")
                .params(creditCode, exceptId).query(Long.class).single() > 0;
    }

    boolean nameTaken(long federationId, String name, Long exceptId) {
        return jdbc.sql("select count(*) from chamber where federation_id = ? and name = ? and id <> coalesce(?, -1)")
                .params(federationId, name, exceptId).query(Long.class).single() > 0;
    }

    long insert(long federationId, ChamberDraft d, String creditCode) {
        return jdbc.sql("""
                insert into chamber (federation_id, name, kind, credit_code, address, phone, founded_on, president,
                                     secretary_general, member_count, remarks)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(federationId, d.name(), d.kind().name(), creditCode, d.address(), d.phone(), d.foundedOn(),
                        d.president(), d.secretaryGeneral(), d.memberCount(), d.remarks())
                .query(Long.class).single();
    }

    void update(long id, long federationId, ChamberDraft d, String creditCode) {
        jdbc.sql("""
                update chamber set federation_id = ?, name = ?, kind = ?, credit_code = ?, address = ?, phone = ?,
                       founded_on = ?, president = ?, secretary_general = ?, member_count = ?, remarks = ?,
                       updated_at = now()
                 where id = ?""")
                .params(federationId, d.name(), d.kind().name(), creditCode, d.address(), d.phone(), d.foundedOn(),
                        d.president(), d.secretaryGeneral(), d.memberCount(), d.remarks(), id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from chamber where id = ?").param(id).update();
    }

    void replaceFiveHas(long chamberId, List<FiveHas> items) {
        jdbc.sql("delete from chamber_five_has where chamber_id = ?").param(chamberId).update();
        for (var item : items) {
            jdbc.sql("insert into chamber_five_has (chamber_id, item, met, evidence, evidence_on) values (?, ?, ?, ?, ?)")
                    .params(chamberId, item.item().name(), item.met(), item.evidence(), item.evidenceOn())
                    .update();
        }
        jdbc.sql("update chamber set updated_at = now() where id = ?").param(chamberId).update();
    }

    /** Records the year's assessment, replacing an earlier one for the same year; true when it is new. */
    boolean saveAssessment(long chamberId, SelfAssessment a) {
        return jdbc.sql("""
                insert into chamber_self_assessment (chamber_id, year, level, score, summary, assessed_on)
                values (?, ?, ?, ?, ?, ?)
                on conflict (chamber_id, year) do update
                   set level = excluded.level, score = excluded.score, summary = excluded.summary,
                       assessed_on = excluded.assessed_on, updated_at = now()
                returning (xmax = 0)""")
                .params(chamberId, a.year(), a.level().name(), a.score(), a.summary(), a.assessedOn())
                .query(Boolean.class).single();
    }

    /** Adds the checklists and assessments of the given chamber rows, two queries for any number of rows. */
    private List<Chamber> complete(List<Chamber> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        var ids = rows.stream().map(Chamber::id).toList();
        Map<Long, Map<FiveHasItem, FiveHas>> checklists = new HashMap<>();
        jdbc.sql("select chamber_id, item, met, evidence, evidence_on from chamber_five_has where chamber_id in (:ids)")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    var item = FiveHasItem.valueOf(rs.getString("item"));
                    checklists.computeIfAbsent(rs.getLong("chamber_id"), k -> new EnumMap<>(FiveHasItem.class))
                            .put(item, new FiveHas(item, rs.getBoolean("met"), rs.getString("evidence"),
                                    rs.getObject("evidence_on", java.time.LocalDate.class)));
                });
        Map<Long, List<SelfAssessment>> assessments = new LinkedHashMap<>();
        jdbc.sql("""
                select chamber_id, year, level, score, summary, assessed_on from chamber_self_assessment
                 where chamber_id in (:ids) order by year desc""")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    assessments.computeIfAbsent(rs.getLong("chamber_id"), k -> new ArrayList<>())
                            .add(new SelfAssessment(rs.getInt("year"), AssessmentLevel.valueOf(rs.getString("level")),
                                    (Integer) rs.getObject("score"), rs.getString("summary"),
                                    rs.getObject("assessed_on", java.time.LocalDate.class)));
                });
        return rows.stream().map(c -> {
            var stored = checklists.getOrDefault(c.id(), Map.of());
            var checklist = java.util.Arrays.stream(FiveHasItem.values())
                    .map(item -> stored.getOrDefault(item, FiveHas.unmet(item))).toList();
            return new Chamber(c.id(), c.federationId(), c.federationName(), c.name(), c.kind(), c.creditCode(),
                    c.address(), c.phone(), c.foundedOn(), c.president(), c.secretaryGeneral(), c.memberCount(),
                    c.remarks(), c.createdAt(), c.updatedAt(), checklist, assessments.getOrDefault(c.id(), List.of()));
        }).toList();
    }

    private static String scopeCondition(DataScope scope) {
        return scope.chamberId() == null ? " where f.path like :path" : " where f.path like :path and c.id = :scopeChamber";
    }

    private static Map<String, Object> scopeParams(DataScope scope) {
        var params = new HashMap<String, Object>();
        params.put("path", escapeLike(scope.federationPath()) + "%");
        if (scope.chamberId() != null) {
            params.put("scopeChamber", scope.chamberId());
        }
        return params;
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Chamber row(ResultSet rs, int n) throws SQLException {
        return new Chamber(rs.getLong("id"), rs.getLong("federation_id"), rs.getString("federation_name"),
                rs.getString("name"), ChamberKind.valueOf(rs.getString("kind")), rs.getString("credit_code"),
                rs.getString("address"), rs.getString("phone"), rs.getObject("founded_on", java.time.LocalDate.class),
                rs.getString("president"), rs.getString("secretary_general"), rs.getInt("member_count"),
                rs.getString("remarks"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), List.of(), List.of());
    }
}
