package cn.qinqing.member;

import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.web.PageView;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The member tables. Every read takes the caller's {@link DataScope}; callers outside it see nothing. */
@Repository
class MemberRepository {

    static final String COLUMNS = """
            m.id, m.federation_id, m.member_number, m.type, m.status, m.name, m.credit_code, m.legal_representative,
            m.industry, m.kind, m.size, m.high_tech, m.local, m.address, m.contact_name, m.id_number_masked,
            m.birth_date, m.male, m.mobile_masked, m.employer, m.position, m.political_affiliation, m.joined_on,
            m.applied_on, m.review_note,
            array(select mc.chamber_id from member_chamber mc where mc.member_id = m.id order by mc.chamber_id) as chambers""";

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new member; personal numbers arrive already encrypted. */
    long insert(long federationId, MemberStatus status, CheckedMember m, SealedPersonalData sealed, SearchTerms terms) {
        return jdbc.sql("""
                insert into member (federation_id, type, status, name, credit_code, legal_representative, industry,
                    kind, size, high_tech, local, address, contact_name, id_number_cipher, id_number_index,
                    id_number_masked, birth_date, male, employer, position, political_affiliation, mobile_cipher,
                    mobile_index, mobile_masked, joined_on, search_terms, search_text)
                values (:federation, :type, :status, :name, :code, :legal, :industry, :kind, :size, :highTech, :local,
                    :address, :contact, :idCipher, :idIndex, :idMasked, :birth, :male, :employer, :position,
                    :political, :mobileCipher, :mobileIndex, :mobileMasked, :joined, cast(:terms as text[]), :text)
                returning id""")
                .param("federation", federationId).param("status", status.name())
                .params(columns(m, sealed, terms))
                .query(Long.class).single();
    }

    void update(long id, CheckedMember m, SealedPersonalData sealed, SearchTerms terms) {
        jdbc.sql("""
                update member set type = :type, name = :name, credit_code = :code, legal_representative = :legal,
                    industry = :industry, kind = :kind, size = :size, high_tech = :highTech, local = :local,
                    address = :address, contact_name = :contact, id_number_cipher = :idCipher,
                    id_number_index = :idIndex, id_number_masked = :idMasked, birth_date = :birth, male = :male,
                    employer = :employer, position = :position, political_affiliation = :political,
                    mobile_cipher = :mobileCipher, mobile_index = :mobileIndex, mobile_masked = :mobileMasked,
                    joined_on = coalesce(:joined, joined_on), search_terms = cast(:terms as text[]),
                    search_text = :text, updated_at = now()
                 where id = :id""")
                .param("id", id).params(columns(m, sealed, terms)).update();
    }

    private static java.util.Map<String, Object> columns(CheckedMember m, SealedPersonalData s, SearchTerms t) {
        var values = new java.util.HashMap<String, Object>();
        values.put("type", m.type().name());
        values.put("name", m.name());
        values.put("code", m.creditCode());
        values.put("legal", m.legalRepresentative());
        values.put("industry", m.industry() == null ? null : m.industry().name());
        values.put("kind", m.kind() == null ? null : m.kind().name());
        values.put("size", m.size() == null ? null : m.size().name());
        values.put("highTech", m.highTech());
        values.put("local", m.local());
        values.put("address", m.address());
        values.put("contact", m.contactName());
        values.put("idCipher", s.idNumberCipher());
        values.put("idIndex", s.idNumberIndex());
        values.put("idMasked", s.idNumberMasked());
        values.put("birth", m.birthDate() == null ? null : Date.valueOf(m.birthDate()));
        values.put("male", m.male());
        values.put("employer", m.employer());
        values.put("position", m.position());
        values.put("political", m.politicalAffiliation() == null ? null : m.politicalAffiliation().name());
        values.put("mobileCipher", s.mobileCipher());
        values.put("mobileIndex", s.mobileIndex());
        values.put("mobileMasked", s.mobileMasked());
        values.put("joined", m.joinedOn() == null ? null : Date.valueOf(m.joinedOn()));
        values.put("terms", PgArrays.literal(t.terms()));
        values.put("text", t.text());
        return values;
    }

    Optional<MemberView> find(long id, DataScope scope) {
        var where = MemberQuery.scope(scope);
        return jdbc.sql("select " + COLUMNS + MemberQuery.FROM + where.sql() + " and m.id = :id")
                .params(where.params()).param("id", id)
                .query(MemberRepository::map).optional();
    }

    /**
     * One page and its total. After a search the total rides on each row as a window count, so the
     * matching rows are found once instead of twice (a two-letter search hitting thousands of a
     * province's members took twice as long); without one, a window would drag every visible row
     * through the sort, so the total is counted apart. Past the last page it is also counted apart.
     */
    PageView<MemberView> page(MemberQuery query, String orderBy, int number, int size) {
        long[] total = {-1};
        var content = jdbc.sql("select " + COLUMNS + (query.searched() ? ", count(*) over () as total_rows" : "")
                        + MemberQuery.FROM + query.sql() + orderBy + " limit :limit offset :offset")
                .params(query.params()).param("limit", size).param("offset", (long) number * size)
                .query((rs, row) -> {
                    if (query.searched()) {
                        total[0] = rs.getLong("total_rows");
                    }
                    return map(rs, row);
                }).list();
        if (total[0] < 0) {
            total[0] = jdbc.sql("select count(*)" + MemberQuery.FROM + query.sql()).params(query.params())
                    .query(Long.class).single();
        }
        return PageView.of(content, number, size, total[0]);
    }

    MemberStatus status(long id) {
        return MemberStatus.valueOf(jdbc.sql("select status from member where id = ? for update").param(id)
                .query(String.class).single());
    }

    void setStatus(long id, MemberStatus status, String reviewNote) {
        jdbc.sql("update member set status = ?, review_note = coalesce(?, review_note), updated_at = now() where id = ?")
                .params(status.name(), reviewNote, id).update();
    }

    void admit(long id, String memberNumber, LocalDate on) {
        jdbc.sql("""
                update member set status = 'ACTIVE', member_number = coalesce(member_number, ?),
                       joined_on = coalesce(joined_on, ?), updated_at = now() where id = ?""")
                .params(memberNumber, Date.valueOf(on), id).update();
    }

    /** Whether a member number is already taken in this federation. */
    boolean numberTaken(long federationId, String memberNumber) {
        return jdbc.sql("select count(*) from member where federation_id = ? and member_number = ?")
                .params(federationId, memberNumber).query(Long.class).single() > 0;
    }

    /** The next member number of a federation for a year, without gaps from concurrent approvals. */
    int nextNumber(long federationId, int year) {
        return jdbc.sql("""
                insert into member_number_sequence (federation_id, year, last_value) values (?, ?, 1)
                on conflict (federation_id, year) do update set last_value = member_number_sequence.last_value + 1
                returning last_value""").params(federationId, year).query(Integer.class).single();
    }

    void openPeriod(long id, LocalDate on) {
        jdbc.sql("insert into member_period (member_id, started_on) values (?, ?)").params(id, Date.valueOf(on)).update();
    }

    void closePeriod(long id, LocalDate on, MemberStatus status) {
        jdbc.sql("""
                update member_period set ended_on = greatest(?, started_on), end_status = ?
                 where member_id = ? and ended_on is null""")
                .params(Date.valueOf(on), status.name(), id).update();
    }

    void addEvent(long id, String actor, String action, String reason) {
        jdbc.sql("insert into member_event (member_id, actor, action, reason) values (?, ?, ?, ?)")
                .params(id, actor, action, reason).update();
    }

    List<MemberEvent> events(long id) {
        return jdbc.sql("select occurred_at, actor, action, reason from member_event where member_id = ? order by occurred_at, id")
                .param(id)
                .query((rs, n) -> new MemberEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    void replaceChambers(long id, List<Long> chamberIds, LocalDate joinedOn) {
        jdbc.sql("delete from member_chamber where member_id = ?").param(id).update();
        for (var chamberId : chamberIds) {
            jdbc.sql("insert into member_chamber (member_id, chamber_id, joined_on) values (?, ?, ?)")
                    .params(id, chamberId, joinedOn == null ? null : Date.valueOf(joinedOn)).update();
        }
    }

    /** The id of a live member (not a rejected application) with this credit code or ID-number index. */
    Optional<Long> findDuplicate(long federationId, String creditCode, String idNumberIndex) {
        if (creditCode != null) {
            return jdbc.sql("select id from member where federation_id = ? and credit_code = ? and status <> 'REJECTED'")
                    .params(federationId, creditCode).query(Long.class).optional();
        }
        if (idNumberIndex != null) {
            return jdbc.sql("select id from member where federation_id = ? and id_number_index = ? and status <> 'REJECTED'")
                    .params(federationId, idNumberIndex).query(Long.class).optional();
        }
        return Optional.empty();
    }

    /** The encrypted personal numbers of one member, for unmasking. */
    Optional<byte[][]> ciphers(long id) {
        return jdbc.sql("select id_number_cipher, mobile_cipher from member where id = ?").param(id)
                .query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)}).optional();
    }

    long federationOf(long id) {
        return jdbc.sql("select federation_id from member where id = ?").param(id).query(Long.class).single();
    }

    static MemberView map(ResultSet rs, int n) throws SQLException {
        var chambers = new ArrayList<Long>();
        var array = rs.getArray("chambers");
        if (array != null) {
            for (var value : (Object[]) array.getArray()) {
                chambers.add(((Number) value).longValue());
            }
        }
        return new MemberView(rs.getLong("id"), rs.getLong("federation_id"), rs.getString("member_number"),
                MemberType.valueOf(rs.getString("type")), MemberStatus.valueOf(rs.getString("status")),
                rs.getString("name"), rs.getString("credit_code"), rs.getString("legal_representative"),
                enumOf(Industry.class, rs.getString("industry")), enumOf(OrganisationKind.class, rs.getString("kind")),
                enumOf(EnterpriseSize.class, rs.getString("size")), rs.getBoolean("high_tech"), rs.getBoolean("local"),
                rs.getString("address"), rs.getString("contact_name"), rs.getString("id_number_masked"),
                birthYear(rs), (Boolean) rs.getObject("male"), rs.getString("mobile_masked"),
                rs.getString("employer"), rs.getString("position"),
                enumOf(PoliticalAffiliation.class, rs.getString("political_affiliation")), date(rs, "joined_on"),
                date(rs, "applied_on"), rs.getString("review_note"), List.copyOf(chambers));
    }

    /** The year only: with the birth date the masked ID number could be read back in full. */
    private static Integer birthYear(ResultSet rs) throws SQLException {
        var birth = date(rs, "birth_date");
        return birth == null ? null : birth.getYear();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        var value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value.trim());
    }
}
