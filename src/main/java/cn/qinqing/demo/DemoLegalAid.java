package cn.qinqing.demo;

import cn.qinqing.legalaid.LegalAidPanel;
import cn.qinqing.legalaid.LegalAidReferrals;
import cn.qinqing.legalaid.PanelKind;
import cn.qinqing.legalaid.PanelMemberDraft;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The legal-aid panel of the demo (律师顾问团 and 商会人民调解委员会): three lawyers and two
 * mediators, and referrals of open cases about debts, contracts, labour and trade marks - made
 * through {@link LegalAidReferrals}, which dates them today, so they go on cases still being handled:
 * each referred case has a first session today, and the first two have their outcome.
 */
@Component
class DemoLegalAid {

    static final int LAWYERS = 3;
    static final int MEDIATORS = 2;
    static final int REFERRALS = 4;
    static final int CONCLUDED = 2;
    private static final List<String> SUBJECTS = List.of("ARREARS", "CONTRACT", "LABOUR", "INTELLECTUAL_PROPERTY");

    private final LegalAidPanel panel;
    private final LegalAidReferrals referrals;
    private final JdbcClient jdbc;

    DemoLegalAid(LegalAidPanel panel, LegalAidReferrals referrals, JdbcClient jdbc) {
        this.panel = panel;
        this.referrals = referrals;
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
        var open = jdbc.sql("""
                select id, subject_code from appeal where id = any(?) and subject_code = any(?)
                   and status in ('ACCEPTED', 'IN_PROGRESS', 'TRANSFERRED', 'EXTENSION_REQUESTED') order by id""")
                .params(appealIds.toArray(Long[]::new), SUBJECTS.toArray(String[]::new))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        for (int i = 0; i < Math.min(REFERRALS, open.size()); i++) {
            long appealId = (Long) open.get(i)[0];
            var subject = (String) open.get(i)[1];
            boolean mediation = subject.equals("ARREARS") || subject.equals("LABOUR");
            long to = mediation ? mediators.get(subject.equals("ARREARS") ? 0 : 1)
                    : lawyers.get(subject.equals("INTELLECTUAL_PROPERTY") ? 1 : 0);
            var referral = referrals.refer(appealId, to, mediation ? "双方均同意调解，转商会人民调解委员会" : "涉及法律专业问题，请律师提供意见");
            referrals.addSession(referral.id(), new SessionDraft(today, mediation ? SessionKind.MEDIATION
                    : SessionKind.CONSULTATION, mediation ? "工商联调解室" : "律师事务所", "首次约谈，了解争议事实"));
            if (i < CONCLUDED) {
                referrals.conclude(referral.id(), mediation ? ReferralOutcome.SETTLED : ReferralOutcome.ANSWERED,
                        mediation ? "双方达成调解协议，约定分期履行" : "已出具书面法律意见，建议先发律师函");
            }
        }
    }
}
