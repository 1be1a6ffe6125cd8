package cn.qinqing.appeal;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of categories (诉求类别) and subjects (诉求事项). Everyone who files a case reads it;
 * federation staff and leaders add, rename and disable subjects and set a category's time limit.
 */
@Service
public class AppealCategories {

    static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,23}$");
    static final int MAX_NAME = 30;
    static final int MAX_HANDLING_DAYS = 60;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AppealCategories(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The categories with their active subjects, as the intake form and the API offer them. */
    @Transactional(readOnly = true)
    public List<AppealCategory> list() {
        return load(true);
    }

    /** The categories with every subject, disabled ones too, for the registry page. */
    @Transactional(readOnly = true)
    public List<AppealCategory> all() {
        return load(false);
    }

    /** Every subject, disabled ones too, in their order. */
    @Transactional(readOnly = true)
    public List<AppealSubject> subjects() {
        return jdbc.sql("select code, name, active from appeal_subject order by sort_order, code")
                .query((rs, n) -> new AppealSubject(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    Optional<AppealCategory> find(String code) {
        return load(true).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Transactional
    public AppealSubject addSubject(String code, String name, List<String> categories) {
        requireKeeper();
        var errors = new ArrayList<FieldError>();
        var cleanName = name(name, errors);
        var cleanCode = code == null || code.isBlank() ? nextCode() : code.strip();
        if (!CODE.matcher(cleanCode).matches()) {
            errors.add(new FieldError("code", "appeal.subject.code.invalid"));
        }
        var known = load(false).stream().map(AppealCategory::code).toList();
        var chosen = new ArrayList<>(new LinkedHashSet<>(categories == null || categories.isEmpty() ? known : categories));
        if (!known.containsAll(chosen)) {
            errors.add(new FieldError("categories", "appeal.subject.categories.unknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            jdbc.sql("""
                    insert into appeal_subject (code, name, sort_order)
                    values (?, ?, (select coalesce(max(sort_order), 0) + 1 from appeal_subject where code <> 'OTHER'))""")
                    .params(cleanCode, cleanName).update();
        } catch (DuplicateKeyException e) {
            throw taken(e, cleanCode, cleanName);
        }
        for (var category : chosen) {
            jdbc.sql("insert into appeal_category_subject (category_code, subject_code) values (?, ?)")
                    .params(category, cleanCode).update();
        }
        audit.record("APPEAL_SUBJECT_CREATE", "APPEAL_SUBJECT", cleanCode, AuditResult.SUCCESS, cleanName);
        return subject(cleanCode);
    }

    @Transactional
    public AppealSubject renameSubject(String code, String name) {
        requireKeeper();
        var current = subject(code);
        var errors = new ArrayList<FieldError>();
        var cleanName = name(name, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            jdbc.sql("update appeal_subject set name = ?, updated_at = now() where code = ?")
                    .params(cleanName, current.code()).update();
        } catch (DuplicateKeyException e) {
            throw new ValidationException("name", "appeal.subject.name.taken", cleanName);
        }
        audit.record("APPEAL_SUBJECT_UPDATE", "APPEAL_SUBJECT", current.code(), AuditResult.SUCCESS, cleanName);
        return subject(code);
    }

    /** Disables a subject for new cases (the cases that use it keep it) or enables it again. */
    @Transactional
    public AppealSubject setSubjectActive(String code, boolean active) {
        requireKeeper();
        var current = subject(code);
        jdbc.sql("update appeal_subject set active = ?, updated_at = now() where code = ?")
                .params(active, current.code()).update();
        audit.record(active ? "APPEAL_SUBJECT_ENABLE" : "APPEAL_SUBJECT_DISABLE", "APPEAL_SUBJECT", current.code(),
                AuditResult.SUCCESS);
        return subject(code);
    }

    /** A category's time limit for cases filed from now on; open cases keep the limit they were filed with. */
    @Transactional
    public AppealCategory setHandlingDays(String code, Integer days) {
        requireKeeper();
        if (load(false).stream().noneMatch(c -> c.code().equals(code))) {
            throw new NotFoundException();
        }
        if (days == null || days < 1 || days > MAX_HANDLING_DAYS) {
            throw new ValidationException("handlingDays", "appeal.category.handling-days.invalid", MAX_HANDLING_DAYS);
        }
        jdbc.sql("update appeal_category set handling_days = ? where code = ?").params(days, code).update();
        audit.record("APPEAL_CATEGORY_UPDATE", "APPEAL_CATEGORY", code, AuditResult.SUCCESS, "handlingDays " + days);
        return load(false).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** One subject, disabled or not; 404 when unknown. */
    @Transactional(readOnly = true)
    public AppealSubject subject(String code) {
        return jdbc.sql("select code, name, active from appeal_subject where code = ?").param(code)
                .query((rs, n) -> new AppealSubject(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional().orElseThrow(NotFoundException::new);
    }

    private List<AppealCategory> load(boolean activeOnly) {
        var links = jdbc.sql("""
                select cs.category_code, s.code, s.name, s.active from appeal_category_subject cs
                  join appeal_subject s on s.code = cs.subject_code
                 where s.active or not ? order by s.sort_order, s.code""")
                .param(activeOnly)
                .query((rs, n) -> new Object[] {rs.getString(1),
                        new AppealSubject(rs.getString(2), rs.getString(3), rs.getBoolean(4))})
                .list();
        return jdbc.sql("select code, name, handling_days, accept_days from appeal_category order by sort_order, code")
                .query((rs, n) -> {
                    var code = rs.getString(1);
                    var subjects = links.stream().filter(l -> l[0].equals(code)).map(l -> (AppealSubject) l[1]).toList();
                    return new AppealCategory(code, rs.getString(2), rs.getInt(3), rs.getInt(4), subjects);
                }).list();
    }

    private String nextCode() {
        var n = jdbc.sql("select count(*) from appeal_subject").query(Long.class).single() + 1;
        var code = "SUBJECT_" + n;
        while (jdbc.sql("select exists (select 1 from appeal_subject where code = ?)").param(code)
                .query(Boolean.class).single()) {
            code = "SUBJECT_" + ++n;
        }
        return code;
    }

    private static String name(String name, List<FieldError> errors) {
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            errors.add(new FieldError("name", "appeal.subject.name.invalid", MAX_NAME));
        }
        return clean;
    }

    private static ValidationException taken(DuplicateKeyException e, String code, String name) {
        var message = String.valueOf(e.getMostSpecificCause().getMessage());
        return message.contains("appeal_subject_pkey")
                ? new ValidationException("code", "appeal.subject.code.taken", code)
                : new ValidationException("name", "appeal.subject.name.taken", name);
    }

    private static void requireKeeper() {
        var user = CurrentUser.get();
        if (!user.has(Role.STAFF) && !user.has(Role.LEADER)) {
            throw new AccessDeniedException("subjects are kept by federation staff and leaders");
        }
    }
}
