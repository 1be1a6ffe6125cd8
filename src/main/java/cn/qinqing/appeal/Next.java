package cn.qinqing.appeal;

import java.time.LocalDate;

/** The next {@link AppealState}: a copy of the current one with the fields a step changes. */
final class Next {

    private final AppealState s;
    private final AppealStatus status;
    private LocalDate acceptedOn;
    private LocalDate handlingDue;
    private Long departmentId;
    private Long handlerId;
    private Integer requested;
    private int extended;
    private boolean reopened;
    private Rating rating;
    private String reply;
    private LocalDate resolvedOn;
    private LocalDate archivedOn;

    Next(AppealState s, AppealStatus status) {
        this.s = s;
        this.status = status;
        acceptedOn = s.acceptedOn();
        handlingDue = s.handlingDue();
        departmentId = s.departmentId();
        handlerId = s.handlerId();
        requested = s.requestedExtensionDays();
        extended = s.extendedDays();
        reopened = s.reopened();
        rating = s.rating();
        reply = s.reply();
        resolvedOn = s.resolvedOn();
        archivedOn = s.archivedOn();
    }

    Next acceptedOn(LocalDate day) { acceptedOn = day; return this; }
    Next handlingDue(LocalDate day) { handlingDue = day; return this; }
    Next departmentId(Long id) { departmentId = id; return this; }
    Next handlerId(Long id) { handlerId = id; return this; }
    Next requested(Integer days) { requested = days; return this; }
    Next extended(int days) { extended = days; return this; }
    Next reopened() { reopened = true; return this; }
    Next rating(Rating r) { rating = r; return this; }
    Next reply(String text) { reply = text; return this; }
    Next resolvedOn(LocalDate day) { resolvedOn = day; return this; }
    Next archivedOn(LocalDate day) { archivedOn = day; return this; }

    AppealState build() {
        return new AppealState(s.id(), s.federationId(), s.handlingDays(), status, s.submittedOn(), s.acceptDue(),
                acceptedOn, handlingDue, departmentId, handlerId, requested, extended, reopened, rating, reply,
                resolvedOn, archivedOn);
    }
}
