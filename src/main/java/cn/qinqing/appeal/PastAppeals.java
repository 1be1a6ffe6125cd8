package cn.qinqing.appeal;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.organisation.Departments;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.ValidationException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-filling the case ledger (补录历史诉求台账): federation staff enter cases handled before the
 * platform, with the day of each step. Each case goes through the same {@link Appeal} transitions
 * and the same repository as a live one, so the tracking number is that of its submission day, the
 * due dates come from the working calendar of those days, the history has every step at its time,
 * and the text is encrypted. An illegal order of steps is refused (409) and nothing is saved. No
 * events are published: the people involved were told at the time, nobody is to be notified now.
 * What the deadline job would have done meanwhile - reminders (催办), escalations (督办) and their markers - is
 * recorded as it would have been ({@link PastDeadlines}), so the supervision list and the statistics count
 * the back-filled cases like live ones and the job's next run finds nothing left to do for them.
 * One audit record per case, at the time of entry, names the final status.
 */
@Service
public class PastAppeals {

    private final AppealRepository appeals;
    private final AppealIntake intake;
    private final AppealSteps steps;
    private final AppealDeadlineStore deadlineStore;
    private final NoticeTexts texts;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final AuditLog audit;

    PastAppeals(AppealRepository appeals, AppealIntake intake, Departments departments, AppealDeadlineStore deadlineStore,
                NoticeTexts texts, WorkingCalendar calendar, Clock clock, AuditLog audit) {
        this.appeals = appeals;
        this.deadlineStore = deadlineStore;
        this.texts = texts;
        this.intake = intake;
        this.steps = new AppealSteps(departments);
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public AppealReceipt enter(PastAppeal past) {
        var user = CurrentUser.get();
        if (!user.has(Role.STAFF)) {
            throw new AccessDeniedException("only federation staff back-fill the case ledger");
        }
        var access = AppealAccess.of(user);
        if (past.channel() == null) {
            throw new ValidationException("channel", "appeal.channel.required");
        }
        if (past.channel() == AppealChannel.MEMBER_WEB && past.draft().memberId() == null) {
            throw new ValidationException("memberId", "appeal.past.member-web.member-required");
        }
        var d = past.draft();
        var asRegistered = new AppealDraft(d.category(), d.subject(), d.title(), d.content(), d.memberId(),
                AppealChannel.PHONE.name(), d.submitterName(), d.submitterCompany(), d.contactMobile(),
                d.chamberVisible(), d.chamberId());
        var c = intake.check(asRegistered, access);
        var checked = new CheckedAppeal(c.federationId(), c.memberId(), past.channel(), c.categoryInfo(), c.subject(),
                c.title(), c.content(), c.submitterName(), c.submitterCompany(), c.contactMobile(), c.chamberVisible(),
                c.chamberId());
        var now = LocalDateTime.now(clock);
        var at = past.submittedAt();
        if (at == null || at.isAfter(now)) {
            throw new ValidationException("submittedAt", "appeal.past.time.invalid");
        }
        var category = checked.categoryInfo();
        var appeal = Appeal.submit(checked.federationId(), category.acceptDays(), category.handlingDays(),
                at.toLocalDate(), calendar);
        var number = appeals.nextTrackingNumber(checked.federationId(), at.toLocalDate());
        long id = appeals.insert(appeal.state(), checked, number, user.id(), null).orElseThrow();
        appeal.stored(id);
        var deadlines = new PastDeadlines(calendar);
        int written = record(id, appeal, 0, past.submitterActor(), at);
        for (var step : past.steps()) {
            if (step.at() == null || step.at().isBefore(at) || step.at().isAfter(now)) {
                throw new ValidationException("steps", "appeal.past.step-time.invalid", step.action().name());
            }
            jobRuns(id, appeal.state(), deadlines, at, step.at(), now);
            at = step.at();
            apply(appeal, step, user.id());
            written = record(id, appeal, written, step.actorName(), at);
        }
        var todaysRun = now.toLocalDate().atTime(PastDeadlines.JOB_TIME);
        jobRuns(id, appeal.state(), deadlines, at, todaysRun.isAfter(now) ? todaysRun : now, now);
        appeals.save(appeal.state());
        deadlineStore.backfill(id, deadlines.remindedOn(), deadlines.supervisedOn(), deadlines.dueSoonFor());
        audit.record("APPEAL_BACKFILL", "APPEAL", id, AuditResult.SUCCESS, number + " " + appeal.state().status().name());
        return new AppealReceipt(id, number, appeal.state().status(), appeal.state().dueOn(), true);
    }

    private void apply(Appeal a, PastStep step, long clerkId) {
        var day = step.at().toLocalDate();
        switch (step.action()) {
            case ACCEPT -> a.accept(day, calendar, steps.optional(step.note()));
            case DECLINE -> a.decline(steps.required("reason", step.note()));
            case HANDLE -> a.handle(clerkId, steps.optional(step.note()));
            case TRANSFER -> a.transfer(steps.department(step.departmentId()), steps.optional(step.note()));
            case NOTE -> a.addNote(steps.required("note", step.note()));
            case REQUEST_EXTENSION -> a.requestExtension(steps.extensionDays(step.days()), steps.required("reason", step.note()));
            case APPROVE_EXTENSION -> a.approveExtension(calendar, steps.optional(step.note()));
            case REFUSE_EXTENSION -> a.refuseExtension(steps.required("reason", step.note()));
            case RESOLVE -> a.resolve(steps.reply(step.note()), day);
            case RATE -> a.rate(steps.rating(step.rating()), steps.optional(step.note()), day, calendar);
            case ARCHIVE -> a.archive(steps.optional(step.note()), day);
            case SUBMIT, REOPEN -> throw new ValidationException("steps", "appeal.past.step.invalid", step.action().name());
        }
    }

    /**
     * Records the steps the deadline job would have taken on its runs after {@code from} up to {@code until}
     * (today's run included at the end, dated now if it is not 08:30 yet), in the job's name.
     */
    private void jobRuns(long id, AppealState state, PastDeadlines deadlines, LocalDateTime from, LocalDateTime until,
                         LocalDateTime now) {
        for (var run : deadlines.between(state, from, until)) {
            var time = run.day().atTime(PastDeadlines.JOB_TIME);
            var change = new AppealChange(run.action(), state.status(), state.status(), null, null);
            appeals.addSteps(id, null, texts.text("appeal.deadline.actor"), List.of(change),
                    (time.isAfter(now) ? now : time).atZone(clock.getZone()).toOffsetDateTime());
        }
    }

    /** Writes the changes after {@code written} at the step's time; answers how many are written now. */
    private int record(long id, Appeal appeal, int written, String actorName, LocalDateTime at) {
        var user = CurrentUser.get();
        var actor = AppealIntake.text(actorName) == null ? user.displayName() : actorName.strip();
        if (actor.length() > AppealIntake.MAX_NAME) {
            throw new ValidationException("actorName", "appeal.past.actor.too-long", AppealIntake.MAX_NAME);
        }
        var changes = appeal.changes();
        appeals.addSteps(id, user.id(), actor, changes.subList(written, changes.size()),
                at.atZone(clock.getZone()).toOffsetDateTime());
        return changes.size();
    }
}
