package cn.qinqing.appeal;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attachment rows; names are SM4-GCM ciphertext (PersonalDataCipher), the files live in {@link AttachmentStore}. */
@Repository
class AttachmentRepository {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    AttachmentRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A file ready to be recorded: checked, named, stored. */
    record NewAttachment(String name, AttachmentInspector.Inspected inspected, long size, String storageName,
                         String sm3) {
    }

    long insert(long appealId, NewAttachment a, Long accountId, String actorName) {
        return jdbc.sql("""
                insert into appeal_attachment (appeal_id, name_cipher, kind, content_type, size_bytes, storage_name, sm3,
                                               uploaded_by, uploaded_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(appealId, cipher.encrypt(a.name()), a.inspected().type().name(), a.inspected().contentType(),
                        a.size(), a.storageName(), a.sm3(), accountId, actorName)
                .query(Long.class).single();
    }

    /** How many files and bytes the case holds already. */
    record Totals(int files, long bytes) {
    }

    Totals totals(long appealId) {
        return jdbc.sql("select count(*), coalesce(sum(size_bytes), 0) from appeal_attachment where appeal_id = ?")
                .param(appealId).query((rs, n) -> new Totals(rs.getInt(1), rs.getLong(2))).single();
    }

    List<AttachmentView> list(long appealId) {
        return jdbc.sql("""
                select id, appeal_id, name_cipher, kind, size_bytes, uploaded_by_name, created_at
                  from appeal_attachment where appeal_id = ? order by id""")
                .param(appealId)
                .query((rs, n) -> new AttachmentView(rs.getLong(1), rs.getLong(2), cipher.decrypt(rs.getBytes(3)),
                        AttachmentType.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant().atZone(ZONE).toOffsetDateTime()))
                .list();
    }

    /** A stored file of the case: its name, content type and storage name. */
    record Stored(long id, String name, String contentType, String storageName, String sm3) {
    }

    Optional<Stored> find(long appealId, long attachmentId) {
        return jdbc.sql("""
                select id, name_cipher, content_type, storage_name, sm3 from appeal_attachment
                 where appeal_id = ? and id = ?""")
                .params(appealId, attachmentId)
                .query((rs, n) -> new Stored(rs.getLong(1), cipher.decrypt(rs.getBytes(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** Which of these storage names have a row. */
    Set<String> known(Collection<String> storageNames) {
        if (storageNames.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("select storage_name from appeal_attachment where storage_name = any(?)")
                .param(storageNames.toArray(String[]::new)).query(String.class).list());
    }
}
