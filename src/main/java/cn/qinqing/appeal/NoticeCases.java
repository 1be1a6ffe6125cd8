package cn.qinqing.appeal;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads a case for the notices about it, the submitter's mobile decrypted (it never leaves this module). */
@Repository
class NoticeCases {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    NoticeCases(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<NoticeCase> find(long id) {
        return jdbc.sql("""
                select a.id, a.federation_id, a.tracking_number, c.name, a.status, a.due_on, a.handler_id,
                       a.department_id, d.name, a.member_id, a.contact_mobile_cipher
                  from appeal a join appeal_category c on c.code = a.category_code
                  left join department d on d.id = a.department_id
                 where a.id = ?""")
                .param(id)
                .query((rs, n) -> new NoticeCase(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        AppealStatus.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                        (Long) rs.getObject(7), (Long) rs.getObject(8), rs.getString(9), (Long) rs.getObject(10),
                        cipher.decrypt(rs.getBytes(11))))
                .optional();
    }
}
