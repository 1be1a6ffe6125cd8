package cn.qinqing.appeal;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.organisation.Departments;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rights-protection centre's cases (诉求办理): intake, reading within the caller's access
 * (a case the caller may not see is 404), and every workflow step, each recorded in the case's
 * history with who and when, audited, and announced as an event for notifications.
 */
@Service
public class AppealService {

    static final int MAX_KEY = 100;

    private final AppealRepository appeals;
    private final AppealSearch search;
    private final AppealIntake intake;
    private final AppealSteps steps;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AppealService(AppealRepository appeals, AppealSearch search, AppealIntake intake, Departments departments,
                  WorkingCalendar calendar, Clock clock, AuditLog audit, ApplicationEventPublisher events) {
        this.appeals = appeals;
        this.search = search;
        this.intake = intake;
        this.steps = new AppealSteps(departments);
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Files a case. With an Idempotency-Key, a repeated submission by the same account answers the
     * first case ({@code created} false) and never files a second one.
     */
    @Transactional
    public AppealReceipt submit(AppealDraft draft, String idempotencyKey) {
        var access = access();
        var user = access.user();
        var key = AppealIntake.text(idempotencyKey);
        if (key != null && key.length() > MAX_KEY) {
            throw new ValidationException("idempotencyKey", "appeal.idempotency-key.too-long", MAX_KEY);
        }
        if (key != null) {
            var earlier = appeals.findByKey(user.id(), key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        var checked = intake.check(draft, access);
        var today = today();
        var category = checked.categoryInfo();
        var appeal = Appeal.submit(checked.federationId(), category.acceptDays(), category.handlingDays(), today, calendar);
        var number = appeals.nextTrackingNumber(checked.federationId(), today);
        var id = appeals.insert(appeal.state(), checked, number, user.id(), key);
        if (id.isEmpty()) {
            return appeals.findByKey(user.id(), key).orElseThrow();
        }
        appeal.stored(id.get());
        appeals.addSteps(id.get(), user.id(), user.displayName(), appeal.changes());
        audit.record("APPEAL_SUBMIT", "APPEAL", id.get(), AuditResult.SUCCESS, number);
        events.publishEvent(new AppealSubmitted(id.get(), checked.federationId(), checked.memberId(),
                checked.channel(), checked.category(), appeal.state().acceptDue()));
        return new AppealReceipt(id.get(), number, AppealStatus.SUBMITTED, appeal.state().acceptDue(), true);
    }

    /** One case with the steps the caller may take now; every read but a member's of its own case is audited. */
    @Transactional
    public AppealView get(long id) {
        return read(id, null);
    }

    /**
     * The case in brief when the caller may see it, else {@link NotFoundException} - the same 404 as
     * {@link #get}. Not audited: it carries no text of the case, so checking the case's visibility for
     * records kept beside it (a legal-aid referral) does not count as reading the case.
     */
    @Transactional(readOnly = true)
    public VisibleAppeal visible(long id) {
        return appeals.visible(id, access()).orElseThrow(NotFoundException::new);
    }

    /** The case's history (办理过程), oldest step first; audited like a read of the case. */
    @Transactional
    public List<AppealStep> history(long id) {
        read(id, "history");
        return appeals.steps(id);
    }

    /** The case and its history in one read, for its page. */
    @Transactional
    public AppealDossier dossier(long id) {
        return new AppealDossier(read(id, null), appeals.steps(id));
    }

    private AppealView read(long id, String detail) {
        var access = access();
        var found = appeals.find(id, access, today()).orElseThrow(NotFoundException::new);
        if (access.auditsRead(found.federationPath(), found.view().memberId())) {
            audit.record("APPEAL_READ", "APPEAL", id, AuditResult.SUCCESS, detail);
        }
        return withActions(found, access);
    }

    @Transactional(readOnly = true)
    public PageView<AppealItem> search(AppealFilter filter, int page, int size) {
        return search.page(access(), filter, today(), page, size);
    }

    @Transactional
    public AppealView accept(long id, String note) {
        return step(id, AppealAction.ACCEPT, a -> a.accept(today(), calendar, steps.optional(note)));
    }

    @Transactional
    public AppealView decline(long id, String reason) {
        return step(id, AppealAction.DECLINE, a -> a.decline(steps.required("reason", reason)));
    }

    /** Federation staff handle the case themselves (also taking it back from a department). */
    @Transactional
    public AppealView handle(long id, String note) {
        var user = CurrentUser.get();
        return step(id, AppealAction.HANDLE, a -> a.handle(user.id(), steps.optional(note)));
    }

    @Transactional
    public AppealView transfer(long id, Long departmentId, String note) {
        return step(id, AppealAction.TRANSFER,
                a -> a.transfer(steps.department(departmentId), steps.optional(note)));
    }

    @Transactional
    public AppealView addNote(long id, String note) {
        return step(id, AppealAction.NOTE, a -> a.addNote(steps.required("note", note)));
    }

    @Transactional
    public AppealView requestExtension(long id, Integer days, String reason) {
        return step(id, AppealAction.REQUEST_EXTENSION,
                a -> a.requestExtension(steps.extensionDays(days), steps.required("reason", reason)));
    }

    @Transactional
    public AppealView approveExtension(long id, String note) {
        return step(id, AppealAction.APPROVE_EXTENSION, a -> a.approveExtension(calendar, steps.optional(note)));
    }

    @Transactional
    public AppealView refuseExtension(long id, String reason) {
        return step(id, AppealAction.REFUSE_EXTENSION, a -> a.refuseExtension(steps.required("reason", reason)));
    }

    @Transactional
    public AppealView resolve(long id, String reply) {
        return step(id, AppealAction.RESOLVE, a -> a.resolve(steps.reply(reply), today()));
    }

    /** The follow-up verdict, by the member itself or recorded by staff after a call (回访). */
    @Transactional
    public AppealView rate(long id, Rating rating, String comment) {
        return step(id, AppealAction.RATE, a -> a.rate(steps.rating(rating), steps.optional(comment), today(), calendar));
    }

    @Transactional
    public AppealView archive(long id, String note) {
        return step(id, AppealAction.ARCHIVE, a -> a.archive(steps.optional(note), today()));
    }

    private AppealView step(long id, AppealAction action, Consumer<Appeal> change) {
        var access = access();
        var user = access.user();
        var locked = appeals.lock(id, access).orElseThrow(NotFoundException::new);
        var appeal = locked.appeal();
        if (!access.may(action, locked.federationPath(), locked.memberId(), appeal.state().departmentId())) {
            throw new AccessDeniedException("may not " + action + " this case");
        }
        change.accept(appeal);
        appeals.save(appeal.state());
        appeals.addSteps(id, user.id(), user.displayName(), appeal.changes());
        audit.record("APPEAL_" + action.name(), "APPEAL", id, AuditResult.SUCCESS, appeal.state().status().name());
        appeal.events().forEach(events::publishEvent);
        return appeals.find(id, access, today()).map(found -> withActions(found, access))
                .orElseThrow(NotFoundException::new);
    }

    private static AppealView withActions(AppealRepository.Found found, AppealAccess access) {
        var allowed = EnumSet.noneOf(AppealAction.class);
        for (var action : Appeal.restore(found.state()).available()) {
            if (access.may(action, found.federationPath(), found.view().memberId(), found.state().departmentId())) {
                allowed.add(action);
            }
        }
        // Not a workflow step: a leader may instruct while a case the job escalated is still open.
        var view = found.view();
        if (view.supervisedOn() != null && view.status().open()
                && access.may(AppealAction.SUPERVISION_NOTE, found.federationPath(), view.memberId(), found.state().departmentId())) {
            allowed.add(AppealAction.SUPERVISION_NOTE);
        }
        return view.withActions(allowed);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static AppealAccess access() {
        return AppealAccess.of(CurrentUser.get());
    }
}
