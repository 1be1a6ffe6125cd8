package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealAction.*;
import static cn.qinqing.appeal.AppealStatus.*;

import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.shared.web.ConflictException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A case (诉求) as a state machine: each method checks that the current status allows the step,
 * moves the status and the due dates, and records the step and the event it causes. A step the
 * status does not allow throws a {@link ConflictException} whose message names the status
 * ("当前状态为已办结，不能转办"). Plain Java: the service loads, calls and stores it.
 */
final class Appeal {

    private static final Map<AppealAction, Set<AppealStatus>> ALLOWED_FROM = new EnumMap<>(AppealAction.class);

    static {
        ALLOWED_FROM.put(ACCEPT, EnumSet.of(SUBMITTED));
        ALLOWED_FROM.put(DECLINE, EnumSet.of(SUBMITTED));
        ALLOWED_FROM.put(HANDLE, EnumSet.of(ACCEPTED, TRANSFERRED));
        ALLOWED_FROM.put(TRANSFER, EnumSet.of(ACCEPTED, IN_PROGRESS, TRANSFERRED));
        ALLOWED_FROM.put(NOTE, EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS, TRANSFERRED, EXTENSION_REQUESTED));
        ALLOWED_FROM.put(REQUEST_EXTENSION, EnumSet.of(IN_PROGRESS, TRANSFERRED));
        ALLOWED_FROM.put(APPROVE_EXTENSION, EnumSet.of(EXTENSION_REQUESTED));
        ALLOWED_FROM.put(REFUSE_EXTENSION, EnumSet.of(EXTENSION_REQUESTED));
        ALLOWED_FROM.put(RESOLVE, EnumSet.of(IN_PROGRESS, TRANSFERRED, EXTENSION_REQUESTED));
        ALLOWED_FROM.put(RATE, EnumSet.of(RESOLVED));
        ALLOWED_FROM.put(ARCHIVE, EnumSet.of(RESOLVED, DECLINED));
    }

    private AppealState s;
    private final List<AppealChange> changes = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    private Appeal(AppealState state) {
        this.s = state;
    }

    static Appeal restore(AppealState state) {
        return new Appeal(state);
    }

    /** A new case filed today: it must be accepted within {@code acceptDays} working days. */
    static Appeal submit(long federationId, int acceptDays, int handlingDays, LocalDate today,
                         WorkingCalendar calendar) {
        var appeal = new Appeal(new AppealState(null, federationId, handlingDays, SUBMITTED, today,
                calendar.addWorkingDays(today, acceptDays), null, null, null, null, null, 0, false, null, null,
                null, null));
        appeal.changes.add(new AppealChange(SUBMIT, null, SUBMITTED, null, null));
        return appeal;
    }

    /** The id the database gave a newly filed case. */
    void stored(long id) {
        s = new AppealState(id, s.federationId(), s.handlingDays(), s.status(), s.submittedOn(), s.acceptDue(),
                s.acceptedOn(), s.handlingDue(), s.departmentId(), s.handlerId(), s.requestedExtensionDays(),
                s.extendedDays(), s.reopened(), s.rating(), s.reply(), s.resolvedOn(), s.archivedOn());
    }

    AppealState state() {
        return s;
    }

    List<AppealChange> changes() {
        return List.copyOf(changes);
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    /** The steps the status allows now, whoever asks (who may take them is the service's concern). */
    Set<AppealAction> available() {
        var result = EnumSet.noneOf(AppealAction.class);
        ALLOWED_FROM.forEach((action, from) -> {
            if (from.contains(s.status()) && extraConditionHolds(action)) {
                result.add(action);
            }
        });
        return result;
    }

    void accept(LocalDate today, WorkingCalendar calendar, String note) {
        require(ACCEPT);
        var due = calendar.addWorkingDays(today, s.handlingDays());
        move(ACCEPT, ACCEPTED, note, null, with(ACCEPTED).acceptedOn(today).handlingDue(due));
        events.add(new AppealAccepted(s.id(), s.federationId(), due));
    }

    void decline(String reason) {
        require(DECLINE);
        Objects.requireNonNull(reason, "a declined case needs a reason");
        move(DECLINE, DECLINED, reason, null, with(DECLINED));
        events.add(new AppealDeclined(s.id(), s.federationId()));
    }

    /** Federation staff take the case on themselves (also back from a department). */
    void handle(long handlerId, String note) {
        require(HANDLE);
        move(HANDLE, IN_PROGRESS, note, null, with(IN_PROGRESS).departmentId(null).handlerId(handlerId));
    }

    void transfer(long departmentId, String note) {
        require(TRANSFER);
        if (s.status() == TRANSFERRED && Objects.equals(s.departmentId(), departmentId)) {
            throw new ConflictException("appeal.transfer.same-department");
        }
        move(TRANSFER, TRANSFERRED, note, departmentId, with(TRANSFERRED).departmentId(departmentId));
        events.add(new AppealTransferred(s.id(), departmentId));
    }

    void addNote(String note) {
        require(NOTE);
        Objects.requireNonNull(note, "a note has text");
        move(NOTE, s.status(), note, null, with(s.status()));
    }

    void requestExtension(int days, String reason) {
        require(REQUEST_EXTENSION);
        if (days < 1) {
            throw new IllegalArgumentException("an extension is at least one working day");
        }
        move(REQUEST_EXTENSION, EXTENSION_REQUESTED, reason, null, with(EXTENSION_REQUESTED).requested(days));
    }

    /** A leader approves: the handling due date moves by the requested working days. */
    void approveExtension(WorkingCalendar calendar, String note) {
        require(APPROVE_EXTENSION);
        int days = s.requestedExtensionDays();
        var due = calendar.addWorkingDays(s.handlingDue(), days);
        move(APPROVE_EXTENSION, workingStatus(), note, null,
                with(workingStatus()).handlingDue(due).requested(null).extended(s.extendedDays() + days));
    }

    void refuseExtension(String reason) {
        require(REFUSE_EXTENSION);
        move(REFUSE_EXTENSION, workingStatus(), reason, null, with(workingStatus()).requested(null));
    }

    /** Resolved with the reply to the submitter; a pending extension request lapses. */
    void resolve(String reply, LocalDate today) {
        require(RESOLVE);
        Objects.requireNonNull(reply, "a resolution has a reply");
        move(RESOLVE, RESOLVED, reply, null, with(RESOLVED).reply(reply).resolvedOn(today).requested(null).rating(null));
        events.add(new AppealResolved(s.id(), s.federationId(), s.departmentId()));
    }

    /**
     * The follow-up verdict. The first 不满意 sends the case back to whoever handled it (the
     * department it was transferred to, or federation staff) with a fresh time limit; a second one
     * is recorded and the case stays resolved.
     */
    void rate(Rating rating, String comment, LocalDate today, WorkingCalendar calendar) {
        require(RATE);
        Objects.requireNonNull(rating, "a rating");
        events.add(new AppealRated(s.id(), s.federationId(), rating));
        if (rating == Rating.DISSATISFIED && !s.reopened()) {
            move(RATE, RESOLVED, comment, null, with(RESOLVED).rating(rating));
            var back = s.departmentId() != null ? TRANSFERRED : IN_PROGRESS;
            var due = calendar.addWorkingDays(today, s.handlingDays());
            move(REOPEN, back, null, s.departmentId(),
                    with(back).reopened().rating(null).resolvedOn(null).handlingDue(due));
            events.add(new AppealReopened(s.id(), s.federationId(), s.departmentId(), due));
        } else {
            move(RATE, RESOLVED, comment, null, with(RESOLVED).rating(rating));
        }
    }

    void archive(String note, LocalDate today) {
        require(ARCHIVE);
        move(ARCHIVE, ARCHIVED, note, null, with(ARCHIVED).archivedOn(today));
    }

    private boolean extraConditionHolds(AppealAction action) {
        return switch (action) {
            case RATE -> s.rating() == null;
            case ARCHIVE -> s.status() == DECLINED || s.rating() != null;
            default -> true;
        };
    }

    private void require(AppealAction action) {
        if (!ALLOWED_FROM.get(action).contains(s.status())) {
            throw new ConflictException("appeal.transition." + action.name(), statusName(s.status()));
        }
        if (!extraConditionHolds(action)) {
            throw new ConflictException("appeal.condition." + action.name());
        }
    }

    /** After an extension decision the case returns to whoever handles it. */
    private AppealStatus workingStatus() {
        return s.departmentId() != null ? TRANSFERRED : IN_PROGRESS;
    }

    private void move(AppealAction action, AppealStatus to, String note, Long departmentId, Next next) {
        changes.add(new AppealChange(action, s.status(), to, note, departmentId));
        s = next.build();
    }

    private Next with(AppealStatus status) {
        return new Next(s, status);
    }

    /** The status as a message argument, so the explanation names it in the caller's language. */
    static DefaultMessageSourceResolvable statusName(AppealStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"appeal.status." + status.name()}, status.name());
    }
}
