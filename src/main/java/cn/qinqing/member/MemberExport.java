package cn.qinqing.member;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.CurrentUser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the member list as filtered (会员名册导出) to .xlsx or CSV, streamed: rows come from a
 * database cursor and go out as they are written, so 100,000 members never sit in memory.
 * Personal numbers are masked unless the caller may unmask them; every export is audited with its
 * row count. The first twelve columns are the import template's, so an unmasked export imports again.
 */
@Service
public class MemberExport {

    static final String SHEET = "会员名册";
    private static final List<String> EXTRA = List.of("会员编号", "状态", "属地", "地址", "联系人", "工作单位", "职务", "政治面貌");
    private static final String SELECT = """
            select m.type, m.name, m.credit_code, m.legal_representative, m.id_number_masked, m.mobile_masked,
                   m.id_number_cipher, m.mobile_cipher, m.industry, m.kind, m.size, m.high_tech, m.joined_on,
                   m.member_number, m.status, m.local, m.address, m.contact_name, m.employer, m.position,
                   m.political_affiliation,
                   array(select c.name from member_chamber mc join chamber c on c.id = mc.chamber_id
                          where mc.member_id = m.id order by c.name) as chambers""";

    private final NamedParameterJdbcTemplate cursor;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final TransactionTemplate readOnly;

    MemberExport(DataSource dataSource, PersonalDataCipher cipher, AuditLog audit,
                 PlatformTransactionManager transactionManager) {
        var template = new JdbcTemplate(dataSource);
        // Inside a transaction PostgreSQL's driver then fetches by cursor, a thousand rows at a time.
        template.setFetchSize(1000);
        this.cursor = new NamedParameterJdbcTemplate(template);
        this.cipher = cipher;
        this.audit = audit;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** Writes the members the filter finds within the caller's scope; returns how many. */
    @PreAuthorize("hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')")
    public int export(MemberFilter filter, ExportFormat format, OutputStream out) {
        boolean unmask = MemberService.mayUnmask();
        var query = MemberQuery.of(CurrentUser.get().scope(), filter, cipher);
        var sql = SELECT + MemberQuery.FROM + query.sql() + MemberQuery.orderBy(filter.sort());
        var rows = new int[1];
        try {
            var sink = format == ExportFormat.XLSX ? xlsx(out) : csv(out);
            readOnly.executeWithoutResult(status -> cursor.query(sql, query.params(), rs -> {
                sink.write(row(rs, unmask));
                rows[0]++;
            }));
            sink.close();
        } catch (IOException | UncheckedIOException | org.springframework.dao.DataAccessException e) {
            audit.record("MEMBER_EXPORT", "MEMBER", null, AuditResult.FAILURE, detail(format, rows[0], unmask));
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        audit.record("MEMBER_EXPORT", "MEMBER", null, AuditResult.SUCCESS, detail(format, rows[0], unmask));
        return rows[0];
    }

    static List<String> headers() {
        var headers = new ArrayList<>(ImportColumn.headers());
        headers.addAll(EXTRA);
        return headers;
    }

    private List<String> row(java.sql.ResultSet rs, boolean unmask) throws java.sql.SQLException {
        var chambers = (String[]) rs.getArray("chambers").getArray();
        var joined = rs.getDate("joined_on");
        var values = new ArrayList<String>(20);
        values.add(RollVocabulary.of(MemberType.valueOf(rs.getString("type"))));
        values.add(rs.getString("name"));
        values.add(rs.getString("credit_code"));
        values.add(rs.getString("legal_representative"));
        values.add(unmask ? cipher.decrypt(rs.getBytes("id_number_cipher")) : rs.getString("id_number_masked"));
        values.add(unmask ? cipher.decrypt(rs.getBytes("mobile_cipher")) : rs.getString("mobile_masked"));
        values.add(RollVocabulary.of(enumOf(Industry.class, rs.getString("industry"))));
        values.add(RollVocabulary.of(enumOf(OrganisationKind.class, rs.getString("kind"))));
        values.add(RollVocabulary.of(enumOf(EnterpriseSize.class, rs.getString("size"))));
        values.add(RollVocabulary.yesNo(rs.getBoolean("high_tech")));
        values.add(String.join("、", chambers));
        values.add(joined == null ? null : joined.toLocalDate().toString());
        values.add(rs.getString("member_number"));
        values.add(RollVocabulary.of(MemberStatus.valueOf(rs.getString("status"))));
        values.add(rs.getBoolean("local") ? "本地" : "外地");
        values.add(rs.getString("address"));
        values.add(rs.getString("contact_name"));
        values.add(rs.getString("employer"));
        values.add(rs.getString("position"));
        values.add(RollVocabulary.of(enumOf(PoliticalAffiliation.class, rs.getString("political_affiliation"))));
        values.replaceAll(SpreadsheetText::safe);
        return values;
    }

    private interface RowSink {
        void write(List<String> row);

        void close() throws IOException;
    }

    private static RowSink xlsx(OutputStream out) throws IOException {
        var columns = new ArrayList<>(ImportTemplate.columns());
        EXTRA.forEach(header -> columns.add(new XlsxWriter.Column(header, header.equals("地址") ? 30 : 12, false)));
        var writer = new XlsxWriter(out, SHEET, columns);
        return new RowSink() {
            public void write(List<String> row) {
                try {
                    writer.row(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            public void close() throws IOException {
                writer.close();
            }
        };
    }

    private static RowSink csv(OutputStream out) throws IOException {
        var writer = new CsvWriter(out);
        writer.row(headers());
        return new RowSink() {
            public void write(List<String> row) {
                try {
                    writer.row(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            public void close() throws IOException {
                writer.close();
            }
        };
    }

    private static String detail(ExportFormat format, int rows, boolean unmasked) {
        return "rows=" + rows + ", format=" + format.extension() + (unmasked ? ", unmasked" : ", masked");
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value.trim());
    }
}
