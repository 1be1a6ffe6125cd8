package cn.qinqing.notification;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where accounts want to be reached (table {@code notification_contact}); the mobile sealed as personal data. */
@Repository
class ContactBook {

    /** An account's addresses, the mobile in clear: only for sending, never for display. */
    record Contact(String email, String mobile) {

        @Override
        public String toString() {
            return "Contact[****]";
        }
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    ContactBook(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<Contact> find(long accountId) {
        return jdbc.sql("select email, mobile_cipher from notification_contact where account_id = ?")
                .param(accountId)
                .query((rs, n) -> new Contact(rs.getString(1), cipher.decrypt(rs.getBytes(2))))
                .optional();
    }

    Optional<ContactDetails> details(long accountId) {
        return jdbc.sql("select email, mobile_masked from notification_contact where account_id = ?")
                .param(accountId)
                .query((rs, n) -> new ContactDetails(rs.getString(1), rs.getString(2)))
                .optional();
    }

    void save(long accountId, String email, String mobile, Instant now) {
        jdbc.sql("""
                insert into notification_contact (account_id, email, mobile_cipher, mobile_index, mobile_masked, updated_at)
                values (:id, :email, :cipher, :index, :masked, :now)
                on conflict (account_id) do update
                   set email = excluded.email, mobile_cipher = excluded.mobile_cipher,
                       mobile_index = excluded.mobile_index, mobile_masked = excluded.mobile_masked,
                       updated_at = excluded.updated_at""")
                .param("id", accountId)
                .param("email", email)
                .param("cipher", cipher.encrypt(mobile))
                .param("index", cipher.blindIndex(mobile))
                .param("masked", Mobiles.mask(mobile))
                .param("now", Timestamp.from(now))
                .update();
    }
}
