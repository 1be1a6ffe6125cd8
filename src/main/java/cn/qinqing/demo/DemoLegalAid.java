package cn.qinqing.demo;

import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.legalaid.LegalAidPanel;
import cn.qinqing.legalaid.PanelKind;
import cn.qinqing.legalaid.PanelMemberDraft;
import cn.qinqing.legalaid.PastReferral;
import cn.qinqing.legalaid.PastReferrals;
import cn.qinqing.legalaid.ReferralOutcome;
import cn.qinqing.legalaid.SessionDraft;
import cn.qinqing.legalaid.SessionKind;
import cn.qinqing.legalaid.Speciality;
import cn.qinqing.organisation.Federation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The legal-aid panel of the demo (律师顾问团 and 商会人民调解委员会): three lawyers and two
 * mediators, and referrals of cases about debts, contracts, labour and trade marks entered through
 * {@link PastReferrals} as the ledger would have them, each inside its own case's life: the first two
 * cases resolved at least three working days after acceptance were referred the working day after
 * acceptance, had a session on a later working day and their outcome between then and the resolution;
 * the first two open cases accepted two or more working days ago were referred the working day after
 * acceptance and had a first session since, with no outcome yet. Nothing is dated after the case was
 * resolved, nor on or after today.
 */
@Component
class DemoLegalAid {

    static final int LAWYERS = 3;
    static final int MEDIATORS = 2;
    static final int REFERRALS = 4;
    static final int CONCLUDED = 2;
    private static final List<String> SUBJECTS = List.of("ARREARS", "CONTRACT", "LABOUR", "INTELLECTUAL_PROPERTY");

    /** A case the demo refers, with the days that bound its life. */
    private record Referable(long id, String subject, LocalDate acceptedOn, LocalDate resolvedOn) {
    }

    private final LegalAidPanel panel;
    private final PastReferrals referrals;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;

    DemoLegalAid(LegalAidPanel panel, PastReferrals referrals, WorkingCalendar calendar, JdbcClient jdbc) {
        this.panel = panel;
        this.referrals = referrals;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    void load(Federation home, List<Long> appealIds, LocalDate today, Random random) {
        var names = new DemoNames(random);
        var lawyers = new ArrayList<Long>();
        var firms = List.of("山东黄河口律师事务所", "山东河海律师事务所", "东营仙河律师事务所");
        var fields = List.of(Set.of(Speciality.UNPAID_DEBTS, Speciality.CONTRACT_DISPUTE),
                Set.of(Speciality.INTELLECTUAL_PROPERTY, Speciality.CONTRACT_DISPUTE, Speciality.LAW_ENFORCEMENT),
                Set.of(Speciality.LABOUR_DISPUTE, Speciality.POLICY_ADVICE, Speciality.FINANCING));
        for (int i = 0; i < LAWYERS; i++) {
            var licence = "13705" + (2008 + 3 * i) + "10" + "%06d".formatted(100_000 + random.nextInt(900_000));
            lawyers.add(panel.create(new PanelMemberDraft(home.id(), PanelKind.LAWYER, names.person(), firms.get(i), null,
                    licence, fields.get(i), "17000020" + "%03d".formatted(i + 1), true)).id());
        }
        var petroleum = jdbc.sql("select id from chamber where federation_id = ? and name = '石油业商会'")
                .param(home.id()).query(Long.class).optional().orElse(null);
        var mediators = List.of(
                panel.create(new PanelMemberDraft(home.id(), PanelKind.MEDIATOR, names.person(), "石油业商会人民调解委员会",
                        petroleum, null, Set.of(Speciality.UNPAID_DEBTS, Speciality.CONTRACT_DISPUTE), "17000020004", true)).id(),
                panel.create(new PanelMemberDraft(home.id(), PanelKind.MEDIATOR, names.person(), "河口区商会人民调解委员会",
                        null, null, Set.of(Speciality.LABOUR_DISPUTE, Speciality.UNPAID_DEBTS, Speciality.OTHER),
                        "17000020005", true)).id());
        var resolved = referable(appealIds, "resolved_on is not null").stream()
                .filter(c -> calendar.workingDaysBetween(c.acceptedOn(), c.resolvedOn()) >= 3).limit(CONCLUDED);
        var open = referable(appealIds, "status in ('ACCEPTED', 'IN_PROGRESS', 'TRANSFERRED', 'EXTENSION_REQUESTED')")
                .stream().filter(c -> calendar.workingDaysBetween(c.acceptedOn(), today) >= 2)
                .limit(REFERRALS - CONCLUDED);
        for (var c : Stream.concat(resolved, open).toList()) {
            boolean mediation = c.subject().equals("ARREARS") || c.subject().equals("LABOUR");
            long to = mediation ? mediators.get(c.subject().equals("ARREARS") ? 0 : 1)
                    : lawyers.get(c.subject().equals("INTELLECTUAL_PROPERTY") ? 1 : 0);
            referrals.enter(referral(c, to, mediation, today, random));
        }
    }

    /**
     * The ledger entry of a referral: made the working day after acceptance, a first session from the next
     * working day on, and for a resolved case the outcome between the session and the resolution.
     */
    private PastReferral referral(Referable c, long to, boolean mediation, LocalDate today, Random random) {
        // The last day anything may happen: the resolution, or the working day before today.
        var last = c.resolvedOn() != null ? c.resolvedOn() : lastWorkingDayBefore(today);
        var referredOn = calendar.addWorkingDays(c.acceptedOn(), 1);
        var nextDay = calendar.addWorkingDays(referredOn, 1);
        var heldOn = pick(nextDay.isAfter(last) ? referredOn : nextDay, last, random);
        var session = new SessionDraft(heldOn, mediation ? SessionKind.MEDIATION : SessionKind.CONSULTATION,
                mediation ? "工商联调解室" : "律师事务所", "首次约谈，了解争议事实");
        var note = mediation ? "双方均同意调解，转商会人民调解委员会" : "涉及法律专业问题，请律师提供意见";
        var referredAt = referredOn.atTime(9, 0).plusMinutes(random.nextInt(420));
        if (c.resolvedOn() == null) {
            return new PastReferral(c.id(), to, note, referredAt, List.of(session), null, null, null);
        }
        return new PastReferral(c.id(), to, note, referredAt, List.of(session),
                mediation ? ReferralOutcome.SETTLED : ReferralOutcome.ANSWERED,
                mediation ? "双方达成调解协议，约定分期履行" : "已出具书面法律意见，建议先发律师函", pick(heldOn, last, random));
    }

    /** The cases of the demo on the referred subjects meeting the condition, oldest first. */
    private List<Referable> referable(List<Long> appealIds, String condition) {
        return jdbc.sql("select id, subject_code, accepted_on, resolved_on from appeal where id = any(?)"
                        + " and subject_code = any(?) and accepted_on is not null and " + condition + " order by id")
                .params(appealIds.toArray(Long[]::new), SUBJECTS.toArray(String[]::new))
                .query((rs, n) -> new Referable(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** A working day from {@code from} to {@code to}; {@code from} when it is not before {@code to}. */
    private LocalDate pick(LocalDate from, LocalDate to, Random random) {
        int span = from.isBefore(to) ? calendar.workingDaysBetween(from, to) : 0;
        return calendar.addWorkingDays(from, random.nextInt(span + 1));
    }

    private LocalDate lastWorkingDayBefore(LocalDate day) {
        var d = day.minusDays(1);
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
