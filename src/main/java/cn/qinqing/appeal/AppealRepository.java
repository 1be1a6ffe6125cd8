package cn.qinqing.appeal;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case tables. Reads take an {@link AppealAccess}: a case outside it is not found. */
@Repository
class AppealRepository {

    /** The case with its federation, category, subject and department; starts with a space. */
    static final String FROM = " from appeal a join federation f on f.id = a.federation_id"
            + " join appeal_category c on c.code = a.category_code join appeal_subject s on s.code = a.subject_code"
            + " left join department d on d.id = a.department_id";
    /**
     * What a list's total is counted over: the conditions of the lists and of {@link AppealAccess} read
     * only the case and its federation's path, so the names joined for display are left out of the count
     * (with them, counting a province's 100,000 overdue cases read every row's names: 0.6 s).
     */
    static final String COUNT_FROM = " from appeal a join federation f on f.id = a.federation_id";
    private static final String VIEW = """
            select a.*, f.name as federation_name, f.path as federation_path, c.name as category_name, s.name as subject_name,
                   d.name as department_name, (select u.display_name from app_user u where u.id = a.handler_id) as handler_name
            """ + FROM;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    AppealRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The case filed before with this key by this account, if any. */
    Optional<AppealReceipt> findByKey(long accountId, String key) {
        return jdbc.sql("select id, tracking_number, status, due_on from appeal where submitted_by = ? and idempotency_key = ?")
                .params(accountId, key)
                .query((rs, n) -> new AppealReceipt(rs.getLong(1), rs.getString(2), AppealStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), false))
                .optional();
    }

    /** The next tracking number of the federation on that day: WQ20261127-0001. */
    String nextTrackingNumber(long federationId, LocalDate day) {
        int n = jdbc.sql("""
                insert into appeal_number_sequence (federation_id, day, last_value) values (?, ?, 1)
                on conflict (federation_id, day) do update set last_value = appeal_number_sequence.last_value + 1
                returning last_value""").params(federationId, day).query(Integer.class).single();
        return "WQ%04d%02d%02d-%04d".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), n);
    }

    /**
     * Stores a new case; empty when a concurrent submission with the same account and key got there
     * first (the unique index decides, the caller then answers with that case).
     */
    Optional<Long> insert(AppealState state, CheckedAppeal c, String trackingNumber, Long accountId, String key) {
        var values = new HashMap<String, Object>();
        values.put("federation", state.federationId());
        values.put("number", trackingNumber);
        values.put("member", c.memberId());
        values.put("channel", c.channel().name());
        values.put("category", c.category());
        values.put("subject", c.subject());
        values.put("title", cipher.encrypt(c.title()));
        values.put("content", cipher.encrypt(c.content()));
        values.put("name", c.submitterName());
        values.put("company", c.submitterCompany());
        values.put("mobileCipher", cipher.encrypt(c.contactMobile()));
        values.put("mobileIndex", cipher.blindIndex(c.contactMobile()));
        values.put("mobileMasked", c.contactMobile() == null ? null : masked(c.contactMobile()));
        values.put("chamberVisible", c.chamberVisible());
        values.put("chamber", c.chamberId());
        values.put("status", state.status().name());
        values.put("handlingDays", state.handlingDays());
        values.put("submittedOn", state.submittedOn());
        values.put("acceptDue", state.acceptDue());
        values.put("account", accountId);
        values.put("key", key);
        return jdbc.sql("""
                insert into appeal (federation_id, tracking_number, member_id, channel, category_code, subject_code,
                    title_cipher, content_cipher, submitter_name, submitter_company, contact_mobile_cipher,
                    contact_mobile_index, contact_mobile_masked, chamber_visible, chamber_id, status, handling_days,
                    submitted_on, accept_due, submitted_by, idempotency_key)
                values (:federation, :number, :member, :channel, :category, :subject, :title, :content, :name, :company,
                    :mobileCipher, :mobileIndex, :mobileMasked, :chamberVisible, :chamber, :status, :handlingDays,
                    :submittedOn, :acceptDue, :account, :key)
                on conflict (submitted_by, idempotency_key) where idempotency_key is not null do nothing
                returning id""")
                .params(values).query(Long.class).optional();
    }

    /** The case locked for a step, when the access sees it. */
    Optional<Locked> lock(long id, AppealAccess access) {
        var params = new HashMap<String, Object>();
        var condition = access.condition(params);
        return jdbc.sql("select a.*, f.path as federation_path from appeal a join federation f on f.id = a.federation_id"
                        + " where a.id = :id and " + condition + " for update of a")
                .params(params).param("id", id)
                .query((rs, n) -> new Locked(Appeal.restore(state(rs)), rs.getString("federation_path"),
                        (Long) rs.getObject("member_id")))
                .optional();
    }

    /** A case locked for a step, with what decides who may take it. */
    record Locked(Appeal appeal, String federationPath, Long memberId) {
    }

    void save(AppealState s) {
        var values = new HashMap<String, Object>();
        values.put("id", s.id());
        values.put("status", s.status().name());
        values.put("acceptedOn", s.acceptedOn());
        values.put("handlingDue", s.handlingDue());
        values.put("department", s.departmentId());
        values.put("handler", s.handlerId());
        values.put("requested", s.requestedExtensionDays());
        values.put("extended", s.extendedDays());
        values.put("reopened", s.reopened());
        values.put("rating", s.rating() == null ? null : s.rating().name());
        values.put("reply", cipher.encrypt(s.reply()));
        values.put("resolvedOn", s.resolvedOn());
        values.put("archivedOn", s.archivedOn());
        jdbc.sql("""
                update appeal set status = :status, accepted_on = :acceptedOn, handling_due = :handlingDue,
                    department_id = :department, handler_id = :handler, requested_extension_days = :requested,
                    extended_days = :extended, reopened = :reopened, rating = :rating, reply_cipher = :reply,
                    resolved_on = :resolvedOn, archived_on = :archivedOn, updated_at = now()
                 where id = :id""").params(values).update();
    }

    void addSteps(long appealId, Long actorId, String actorName, List<AppealChange> changes) {
        addSteps(appealId, actorId, actorName, changes, null);
    }

    /** The steps as taken at {@code at}; null means now (a back-filled step has its own time, see PastAppeals). */
    void addSteps(long appealId, Long actorId, String actorName, List<AppealChange> changes, OffsetDateTime at) {
        for (var c : changes) {
            jdbc.sql("""
                    insert into appeal_step (appeal_id, actor_id, actor_name, action, from_status, to_status,
                                             department_id, note_cipher, occurred_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, coalesce(cast(? as timestamptz), now()))""")
                    .params(appealId, actorId, actorName, c.action().name(), c.from() == null ? null : c.from().name(),
                            c.to().name(), c.departmentId(), cipher.encrypt(c.note()), at)
                    .update();
        }
    }

    Optional<Found> find(long id, AppealAccess access, LocalDate today) {
        var params = new HashMap<String, Object>();
        var condition = access.condition(params);
        return jdbc.sql(VIEW + " where a.id = :id and " + condition).params(params).param("id", id)
                .query((rs, n) -> new Found(view(rs, today), state(rs), rs.getString("federation_path")))
                .optional();
    }

    /** The case in brief, when the access sees it (no text decrypted). */
    Optional<VisibleAppeal> visible(long id, AppealAccess access) {
        var params = new HashMap<String, Object>();
        var condition = access.condition(params);
        return jdbc.sql("""
                select a.id, a.federation_id, a.tracking_number, a.subject_code, a.status, a.accepted_on, a.resolved_on
                  from appeal a join federation f on f.id = a.federation_id where a.id = :id and\s""" + condition)
                .params(params).param("id", id)
                .query((rs, n) -> new VisibleAppeal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        AppealStatus.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)))
                .optional();
    }

    /** A case as read: the view, its workflow state and its federation's path. */
    record Found(AppealView view, AppealState state, String federationPath) {
    }

    List<AppealStep> steps(long appealId) {
        return jdbc.sql("""
                select st.id, st.occurred_at, st.actor_name, st.action, st.from_status, st.to_status, d.name, st.note_cipher
                  from appeal_step st left join department d on d.id = st.department_id
                 where st.appeal_id = ? order by st.id""")
                .param(appealId)
                .query((rs, n) -> new AppealStep(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        AppealAction.valueOf(rs.getString(4)), status(rs.getString(5)), status(rs.getString(6)),
                        rs.getString(7), cipher.decrypt(rs.getBytes(8))))
                .list();
    }

    AppealView view(ResultSet rs, LocalDate today) throws SQLException {
        var due = rs.getObject("due_on", LocalDate.class);
        var rating = rs.getString("rating");
        return new AppealView(rs.getLong("id"), rs.getString("tracking_number"), rs.getLong("federation_id"),
                rs.getString("federation_name"), (Long) rs.getObject("member_id"),
                AppealChannel.valueOf(rs.getString("channel")), rs.getString("category_code"),
                rs.getString("category_name"), rs.getString("subject_code"), rs.getString("subject_name"),
                cipher.decrypt(rs.getBytes("title_cipher")), cipher.decrypt(rs.getBytes("content_cipher")),
                rs.getString("submitter_name"), rs.getString("submitter_company"),
                rs.getString("contact_mobile_masked"), rs.getBoolean("chamber_visible"),
                (Long) rs.getObject("chamber_id"), AppealStatus.valueOf(rs.getString("status")),
                rs.getObject("submitted_on", LocalDate.class), rs.getObject("accept_due", LocalDate.class),
                rs.getObject("accepted_on", LocalDate.class), rs.getObject("handling_due", LocalDate.class), due,
                due != null && due.isBefore(today), rs.getObject("reminded_on", LocalDate.class),
                rs.getObject("supervised_on", LocalDate.class), (Long) rs.getObject("department_id"),
                rs.getString("department_name"), rs.getString("handler_name"),
                (Integer) rs.getObject("requested_extension_days"), rs.getInt("extended_days"),
                rs.getBoolean("reopened"), rating == null ? null : Rating.valueOf(rating),
                cipher.decrypt(rs.getBytes("reply_cipher")), rs.getObject("resolved_on", LocalDate.class),
                rs.getObject("archived_on", LocalDate.class), Set.of());
    }

    private AppealState state(ResultSet rs) throws SQLException {
        var rating = rs.getString("rating");
        return new AppealState(rs.getLong("id"), rs.getLong("federation_id"), rs.getInt("handling_days"),
                AppealStatus.valueOf(rs.getString("status")), rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("accept_due", LocalDate.class), rs.getObject("accepted_on", LocalDate.class),
                rs.getObject("handling_due", LocalDate.class), (Long) rs.getObject("department_id"),
                (Long) rs.getObject("handler_id"), (Integer) rs.getObject("requested_extension_days"),
                rs.getInt("extended_days"), rs.getBoolean("reopened"), rating == null ? null : Rating.valueOf(rating),
                cipher.decrypt(rs.getBytes("reply_cipher")), rs.getObject("resolved_on", LocalDate.class), rs.getObject("archived_on", LocalDate.class));
    }

    static String masked(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    private static AppealStatus status(String name) {
        return name == null ? null : AppealStatus.valueOf(name);
    }
}
