package cn.qinqing.appeal;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ConflictException;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.ValidationException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision instructions (督办意见): a leader of the case's federation (or one above it) writes what
 * must be done on a case the deadline job sent for supervision while it is still open. The instruction is
 * a step of the case's history; its handlers are told.
 */
@Service
public class AppealSupervision {

    /** The longest instruction, as long as any other note on a case. */
    public static final int MAX_NOTE = AppealSteps.MAX_NOTE;

    private final AppealRepository appeals;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AppealSupervision(AppealRepository appeals, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.appeals = appeals;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void instruct(long id, String note) {
        var access = AppealAccess.of(CurrentUser.get());
        var user = access.user();
        var locked = appeals.lock(id, access).orElseThrow(NotFoundException::new);
        var state = locked.appeal().state();
        if (!access.may(AppealAction.SUPERVISION_NOTE, locked.federationPath(), locked.memberId(), state.departmentId())) {
            throw new AccessDeniedException("only leaders instruct on supervised cases");
        }
        var text = AppealIntake.text(note);
        if (text == null) {
            throw new ValidationException("note", "appeal.supervision.note.required");
        }
        if (text.length() > MAX_NOTE) {
            throw new ValidationException("note", "appeal.note.too-long", MAX_NOTE);
        }
        if (!state.status().open()) {
            throw new ConflictException("appeal.supervision.closed", Appeal.statusName(state.status()));
        }
        if (!supervised(id)) {
            throw new ConflictException("appeal.supervision.not-supervised");
        }
        appeals.addSteps(id, user.id(), user.displayName(),
                List.of(new AppealChange(AppealAction.SUPERVISION_NOTE, state.status(), state.status(), text, null)));
        audit.record("APPEAL_SUPERVISION_NOTE", "APPEAL", id, AuditResult.SUCCESS);
        events.publishEvent(new SupervisionInstructed(id, state.federationId()));
    }

    private boolean supervised(long id) {
        return jdbc.sql("select supervised_on is not null from appeal where id = ?").param(id)
                .query(Boolean.class).single();
    }
}
