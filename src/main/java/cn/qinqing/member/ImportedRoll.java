package cn.qinqing.member;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bulk writes of an import, inside the caller's transaction: ids and member numbers reserved a
 * chunk at a time, duplicate keys looked up with one query per chunk, new members streamed in
 * with PostgreSQL COPY (members, chambers, periods, timeline), updates sent as JDBC batches.
 */
@Repository
class ImportedRoll {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportedRoll.class);

    static final String IMPORTED = "IMPORTED";
    static final String UPDATED = "UPDATED";
    private static final String MEMBER_COLUMNS = "id, federation_id, member_number, type, status, name, credit_code, "
            + "legal_representative, industry, kind, size, high_tech, local, id_number_cipher, id_number_index, "
            + "id_number_masked, birth_date, male, mobile_cipher, mobile_index, mobile_masked, joined_on, applied_on, "
            + "search_terms, search_text";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;
    private volatile String idSequence;

    ImportedRoll(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
    }

    /** One import per federation at a time: duplicate checks stay true until the import commits. */
    /**
     * For the import's transaction only: new search terms wait in the two GIN indexes' pending lists (up
     * to the 2 GB PostgreSQL allows) instead of being merged 4 MB at a time - two thirds of an import's
     * database work before. {@link MemberSearchIndex} merges the lists in bulk after the import; searches
     * read the pending lists meanwhile (correct, slower). Other writers keep the 4 MB default, so ordinary
     * edits never leave a large list behind.
     */
    void deferSearchTerms() {
        template.execute("set local gin_pending_list_limit = 2097151");
    }

    void lock(long federationId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('member-import'), cast(? as int))").param(federationId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> { });
    }

    /**
     * The live members (not rejected applications) with these credit codes or ID-number indexes, by
     * key. The keys are joined as a set ({@code unnest}): with {@code = any(array)} PostgreSQL may
     * compare every row with every key, which a table growing inside the import makes it choose.
     */
    Map<String, Long> existing(long federationId, List<String> codes, List<String> idIndexes) {
        var found = new HashMap<String, Long>();
        if (!codes.isEmpty()) {
            jdbc.sql("""
                    select m.id, m.credit_code from unnest(cast(? as text[])) k(v)
                      join member m on m.credit_code = cast(k.v as char(18))
                     where m.federation_id = ? and m.status <> 'REJECTED'""")
                    .params(PgArrays.literal(codes), federationId)
                    .query((rs, n) -> found.put("C" + rs.getString(2), rs.getLong(1))).list();
        }
        if (!idIndexes.isEmpty()) {
            jdbc.sql("""
                    select m.id, m.id_number_index from unnest(cast(? as text[])) k(v)
                      join member m on m.id_number_index = cast(k.v as char(64))
                     where m.federation_id = ? and m.status <> 'REJECTED'""")
                    .params(PgArrays.literal(idIndexes), federationId)
                    .query((rs, n) -> found.put("I" + rs.getString(2), rs.getLong(1))).list();
        }
        return found;
    }

    /** Ids for new members, taken from the table's own identity sequence. */
    long[] reserveIds(int count) {
        if (idSequence == null) {
            idSequence = jdbc.sql("select pg_get_serial_sequence('member', 'id')").query(String.class).single();
        }
        // The sequence named once: pg_get_serial_sequence per row cost ten times the nextval calls.
        var ids = new long[count];
        template.query("select nextval(cast(? as regclass)) from generate_series(1, ?)", (java.sql.ResultSet rs) -> {
            for (int i = 0; rs.next(); i++) {
                ids[i] = rs.getLong(1);
            }
            return null;
        }, idSequence, count);
        return ids;
    }

    /**
     * Member numbers of the federation for the year, handed out a block at a time. The numbers of
     * that year typed in by hand beyond the sequence are looked up once (one index range), not per
     * block: the sequence skips them, as approvals do one by one.
     */
    Numbers numbers(long federationId, String region, int year) {
        var prefix = region + "-" + year + "-";
        int last = jdbc.sql("select last_value from member_number_sequence where federation_id = ? and year = ?")
                .params(federationId, year).query(Integer.class).optional().orElse(0);
        var ahead = new java.util.HashSet<>(jdbc.sql("""
                        select member_number from member
                         where federation_id = ? and member_number >= ? and member_number < ?
                           and member_number ~ '^[0-9]+-[0-9]+-[0-9]{1,9}$'
                           and cast(split_part(member_number, '-', 3) as bigint) > ?""")
                .params(federationId, prefix, region + "-" + year + ".", last).query(String.class).list());
        return new Numbers(federationId, prefix, year, ahead);
    }

    /** The member numbers of one import. */
    final class Numbers {
        private final long federationId;
        private final String prefix;
        private final int year;
        private final java.util.Set<String> ahead;

        private Numbers(long federationId, String prefix, int year, java.util.Set<String> ahead) {
            this.federationId = federationId;
            this.prefix = prefix;
            this.year = year;
            this.ahead = ahead;
        }

        /** The next {@code count} numbers, skipping any typed in by hand. */
        List<String> next(int count) {
            var numbers = new ArrayList<String>(count);
            while (numbers.size() < count) {
                int wanted = count - numbers.size();
                int last = jdbc.sql("""
                        insert into member_number_sequence (federation_id, year, last_value) values (?, ?, ?)
                        on conflict (federation_id, year) do update set last_value = member_number_sequence.last_value + ?
                        returning last_value""").params(federationId, year, wanted, wanted).query(Integer.class).single();
                for (int n = last - wanted + 1; n <= last; n++) {
                    var number = prefix + "%04d".formatted(n);
                    if (!ahead.contains(number)) {
                        numbers.add(number);
                    }
                }
            }
            return numbers;
        }
    }

    /** A new member as stored: its reserved id and number. */
    record NewMember(long id, String number, ImportCandidate candidate) {
    }

    void insert(long federationId, String actor, List<NewMember> members) {
        if (members.isEmpty()) {
            return;
        }
        var rows = new CopyText(members.size() * 700);
        var chambers = new CopyText(members.size() * 40);
        var periods = new CopyText(members.size() * 30);
        var events = new CopyText(members.size() * 40);
        for (var m : members) {
            var c = m.candidate().member();
            var s = m.candidate().sealed();
            var t = m.candidate().terms();
            rows.number(m.id()).number(federationId).text(m.number()).text(c.type().name()).text(MemberStatus.ACTIVE.name())
                    .text(c.name()).text(c.creditCode()).text(c.legalRepresentative()).text(name(c.industry()))
                    .text(name(c.kind())).text(name(c.size())).bool(c.highTech()).bool(c.local())
                    .bytes(s.idNumberCipher()).text(s.idNumberIndex()).text(s.idNumberMasked()).date(c.birthDate())
                    .bool(c.male()).bytes(s.mobileCipher()).text(s.mobileIndex()).text(s.mobileMasked())
                    .date(c.joinedOn()).date(c.joinedOn()).text(PgArrays.literal(t.terms())).text(t.text()).endRow();
            for (var chamberId : m.candidate().chamberIds()) {
                chambers.number(m.id()).number(chamberId).date(c.joinedOn()).endRow();
            }
            periods.number(m.id()).date(c.joinedOn()).endRow();
            events.number(m.id()).text(actor).text(IMPORTED).endRow();
        }
        long started = System.nanoTime();
        copy("copy member (" + MEMBER_COLUMNS + ") from stdin", rows);
        long copied = System.nanoTime();
        copy("copy member_chamber (member_id, chamber_id, joined_on) from stdin", chambers);
        copy("copy member_period (member_id, started_on) from stdin", periods);
        copy("copy member_event (member_id, actor, action) from stdin", events);
        log.debug("COPY of {} members {} ms, their chambers, periods and events {} ms", members.size(),
                (copied - started) / 1_000_000, (System.nanoTime() - copied) / 1_000_000);
    }

    /** An existing member (or one this import created) that a later row updates. */
    record Update(long id, ImportCandidate candidate) {
    }

    /**
     * Applies rows to members already on the roll. Empty optional cells keep what is stored; the
     * join date, and with it the membership periods, stays as it was.
     */
    void update(String actor, List<Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                update member set type = ?, name = ?, legal_representative = coalesce(?, legal_representative),
                       industry = coalesce(?, industry), kind = coalesce(?, kind), size = coalesce(?, size),
                       high_tech = coalesce(?, high_tech), local = ?, mobile_cipher = coalesce(?, mobile_cipher),
                       mobile_index = coalesce(?, mobile_index), mobile_masked = coalesce(?, mobile_masked),
                       joined_on = coalesce(joined_on, ?), search_terms = cast(? as text[]), search_text = ?,
                       updated_at = now()
                 where id = ?""", updates, 1000, (ps, u) -> {
            var c = u.candidate();
            var m = c.member();
            var s = c.sealed();
            ps.setString(1, m.type().name());
            ps.setString(2, m.name());
            ps.setString(3, m.legalRepresentative());
            ps.setString(4, name(m.industry()));
            ps.setString(5, c.given(ImportColumn.KIND) ? name(m.kind()) : null);
            ps.setString(6, name(m.size()));
            if (c.given(ImportColumn.HIGH_TECH)) {
                ps.setBoolean(7, m.highTech());
            } else {
                ps.setNull(7, java.sql.Types.BOOLEAN);
            }
            ps.setBoolean(8, m.local());
            ps.setBytes(9, s.mobileCipher());
            ps.setString(10, s.mobileIndex());
            ps.setString(11, s.mobileMasked());
            ps.setObject(12, m.joinedOn());
            ps.setString(13, PgArrays.literal(c.terms().terms()));
            ps.setString(14, c.terms().text());
            ps.setLong(15, u.id());
        });
        var withChambers = updates.stream().filter(u -> u.candidate().given(ImportColumn.CHAMBERS)).toList();
        template.batchUpdate("delete from member_chamber where member_id = ?", withChambers, 1000,
                (ps, u) -> ps.setLong(1, u.id()));
        var links = new ArrayList<long[]>();
        withChambers.forEach(u -> u.candidate().chamberIds().forEach(chamber -> links.add(new long[] {u.id(), chamber})));
        template.batchUpdate("""
                insert into member_chamber (member_id, chamber_id, joined_on)
                select ?, ?, joined_on from member where id = ? on conflict do nothing""", links, 1000, (ps, link) -> {
            ps.setLong(1, link[0]);
            ps.setLong(2, link[1]);
            ps.setLong(3, link[0]);
        });
        template.batchUpdate("insert into member_event (member_id, actor, action) values (?, ?, ?)", updates, 1000,
                (ps, u) -> {
                    ps.setLong(1, u.id());
                    ps.setString(2, actor);
                    ps.setString(3, UPDATED);
                });
    }

    private void copy(String sql, CopyText rows) {
        if (rows.length() == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException e) {
            var translated = template.getExceptionTranslator().translate("COPY", sql, e);
            throw translated != null ? translated : new org.springframework.jdbc.UncategorizedSQLException("COPY", sql, e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
