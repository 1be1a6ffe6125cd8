package cn.qinqing.legalaid;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The referral and session tables; notes are encrypted on the way in and decrypted on the way out. */
@Repository
class Referrals {

    private static final String SELECT = """
            select r.id, r.appeal_id, r.panel_member_id, p.name as panel_name, p.kind as panel_kind,
                   p.organisation as panel_organisation, r.note_cipher, r.referred_by_name, r.referred_at, r.outcome,
                   r.outcome_cipher, r.outcome_on, r.outcome_by_name
              from legal_aid_referral r join legal_aid_panel_member p on p.id = r.panel_member_id""";

    /** What a change needs to know about a referral, read under a row lock. */
    record Head(long id, long appealId, PanelKind panelMemberKind, Instant referredAt, boolean open) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    Referrals(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The case a referral belongs to, so its visibility can be checked first. */
    Optional<Long> appealOf(long referralId) {
        return jdbc.sql("select appeal_id from legal_aid_referral where id = ?").param(referralId)
                .query(Long.class).optional();
    }

    Optional<Head> lock(long referralId) {
        return jdbc.sql("""
                select r.id, r.appeal_id, p.kind, r.referred_at, r.outcome is null as open
                  from legal_aid_referral r join legal_aid_panel_member p on p.id = r.panel_member_id
                 where r.id = ? for update of r""").param(referralId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), PanelKind.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), rs.getBoolean(5)))
                .optional();
    }

    /** A new referral made at {@code referredAt}; null: now (a referral from the ledger has its own time). */
    long insert(long appealId, long federationId, long panelMemberId, String note, OffsetDateTime referredAt,
                long userId, String userName) {
        return jdbc.sql("""
                insert into legal_aid_referral (appeal_id, federation_id, panel_member_id, note_cipher, referred_by,
                                                referred_by_name, referred_at)
                values (?, ?, ?, ?, ?, ?, coalesce(cast(? as timestamptz), now())) returning id""")
                .params(appealId, federationId, panelMemberId, cipher.encrypt(note), userId, userName, referredAt)
                .query(Long.class).single();
    }

    long addSession(long referralId, LocalDate heldOn, SessionKind kind, String place, String note, long userId,
                    String userName) {
        return jdbc.sql("""
                insert into legal_aid_session (referral_id, held_on, kind, place, note_cipher, recorded_by,
                                               recorded_by_name)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(referralId, heldOn, kind.name(), place, cipher.encrypt(note), userId, userName)
                .query(Long.class).single();
    }

    /** Records the outcome once; false when the referral already had one. */
    boolean conclude(long referralId, ReferralOutcome outcome, String note, LocalDate on, long userId, String userName) {
        return jdbc.sql("""
                update legal_aid_referral
                   set outcome = ?, outcome_cipher = ?, outcome_on = ?, outcome_by = ?, outcome_by_name = ?,
                       outcome_at = now()
                 where id = ? and outcome is null""")
                .params(outcome.name(), cipher.encrypt(note), on, userId, userName, referralId).update() == 1;
    }

    Optional<Referral> find(long referralId) {
        return jdbc.sql(SELECT + " where r.id = ?").param(referralId).query(this::head).optional()
                .map(this::withSessions);
    }

    /** A case's referrals, oldest first. */
    List<Referral> ofAppeal(long appealId) {
        var heads = jdbc.sql(SELECT + " where r.appeal_id = ? order by r.id").param(appealId).query(this::head).list();
        var result = new ArrayList<Referral>(heads.size());
        heads.forEach(r -> result.add(withSessions(r)));
        return result;
    }

    private Referral withSessions(Referral r) {
        var sessions = jdbc.sql("""
                select id, held_on, kind, place, note_cipher, recorded_by_name, recorded_at
                  from legal_aid_session where referral_id = ? order by held_on, id""").param(r.id())
                .query((rs, n) -> new ReferralSession(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        SessionKind.valueOf(rs.getString(3)), rs.getString(4), cipher.decrypt(rs.getBytes(5)),
                        rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
        return new Referral(r.id(), r.appealId(), r.panelMemberId(), r.panelMemberName(), r.panelMemberKind(),
                r.panelMemberOrganisation(), r.note(), r.referredBy(), r.referredAt(), r.outcome(), r.outcomeNote(),
                r.outcomeOn(), r.outcomeBy(), sessions);
    }

    private Referral head(ResultSet rs, int n) throws SQLException {
        var outcome = rs.getString("outcome");
        return new Referral(rs.getLong("id"), rs.getLong("appeal_id"), rs.getLong("panel_member_id"),
                rs.getString("panel_name"), PanelKind.valueOf(rs.getString("panel_kind")),
                rs.getString("panel_organisation"), cipher.decrypt(rs.getBytes("note_cipher")),
                rs.getString("referred_by_name"), rs.getTimestamp("referred_at").toInstant(),
                outcome == null ? null : ReferralOutcome.valueOf(outcome), cipher.decrypt(rs.getBytes("outcome_cipher")),
                rs.getObject("outcome_on", LocalDate.class), rs.getString("outcome_by_name"), List.of());
    }
}
