package cn.qinqing.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinqing.account.Accounts;
import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.ConflictException;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Back-filling the ledger (补录): past cases go through the same transitions, dated by the calendar of their days. */
@IntegrationTest
class AppealBackfillTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired PastAppeals past;
    @Autowired TestAccounts accounts;
    @Autowired Accounts accountStore;
    @Autowired JdbcClient jdbc;
    @Autowired Federations federations;
    @Autowired AppealDeadlines deadlines;

    private final String submitter = "补录" + MemberTestData.unique();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseOfTheSpringFestivalIsEnteredWithItsTrackingNumberDueDatesAndStepTimesOfThen() {
        var clerk = signIn(Role.STAFF);
        long department = jdbc.sql("insert into department (federation_id, name, kind) values (?, ?, 'MARKET_REGULATION') returning id")
                .params(federations.home().id(), "补录测试局" + submitter).query(Long.class).single();
        var steps = List.of(
                PastStep.of(AppealAction.ACCEPT, at(2, 14, 9, 0), "维权中心 王敏", null),
                new PastStep(AppealAction.TRANSFER, at(2, 14, 10, 30), null, "转市场监管办理", department, null, null),
                PastStep.of(AppealAction.RESOLVE, at(3, 5, 15, 0), "市场监管局 李强", "已责令整改"),
                new PastStep(AppealAction.RATE, at(3, 6, 9, 30), null, "电话回访：满意", null, null, Rating.SATISFIED),
                PastStep.of(AppealAction.ARCHIVE, at(3, 10, 16, 0), null, null));

        var receipt = past.enter(new PastAppeal(draft(null), AppealChannel.HOTLINE_12345, at(2, 13, 10, 0), "坐班副主席 赵亮",
                steps));

        assertThat(receipt.trackingNumber()).startsWith("WQ20260213-");
        assertThat(receipt.status()).isEqualTo(AppealStatus.ARCHIVED);
        var row = jdbc.sql("select accept_due, accepted_on, handling_due, resolved_on, archived_on, channel, rating"
                        + " from appeal where id = ?").param(receipt.id())
                .query((rs, n) -> List.of(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getString(6), rs.getString(7))).single();
        // accepted on the swapped Saturday 14 Feb; 15-23 Feb off: 13 working days end on 11 Mar
        assertThat(row).containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 3, 11),
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 10), "HOTLINE_12345", "SATISFIED");
        var history = jdbc.sql("select action, actor_name, occurred_at from appeal_step where appeal_id = ? order by id")
                .param(receipt.id()).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getObject(3, OffsetDateTime.class).atZoneSameInstant(ZONE).toLocalDateTime()).list();
        assertThat(history).containsExactly("SUBMIT 坐班副主席 赵亮 2026-02-13T10:00", "ACCEPT 维权中心 王敏 2026-02-14T09:00",
                "TRANSFER " + clerk + " 2026-02-14T10:30",
                "RESOLVE 市场监管局 李强 2026-03-05T15:00", "RATE " + clerk + " 2026-03-06T09:30",
                "ARCHIVE " + clerk + " 2026-03-10T16:00");
        assertThat(jdbc.sql("select action from audit_record where object_type = 'APPEAL' and object_id = ?")
                .param(String.valueOf(receipt.id())).query(String.class).list()).containsExactly("APPEAL_BACKFILL");
    }

    @Test
    void aLedgerWithAStepTheStatusDoesNotAllowSavesNothing() {
        signIn(Role.STAFF);
        var resolveFirst = List.of(PastStep.of(AppealAction.RESOLVE, at(3, 2, 9, 0), null, "已答复"));

        assertThatThrownBy(() -> past.enter(new PastAppeal(draft(null), AppealChannel.PHONE, at(3, 2, 8, 45), null,
                resolveFirst))).isInstanceOf(ConflictException.class);
        assertThat(saved()).isZero();
    }

    @Test
    void aStepDatedBeforeTheOneBeforeItOrInTheFutureIsRefused() {
        signIn(Role.STAFF);
        var backwards = List.of(PastStep.of(AppealAction.ACCEPT, at(3, 1, 9, 0), null, null));
        var future = List.of(new PastStep(AppealAction.ACCEPT, LocalDateTime.now(ZONE).plusDays(2), null, null, null, null, null));

        assertThatThrownBy(() -> past.enter(new PastAppeal(draft(null), AppealChannel.PHONE, at(3, 2, 8, 45), null,
                backwards))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> past.enter(new PastAppeal(draft(null), AppealChannel.PHONE, at(3, 2, 8, 45), null,
                future))).isInstanceOf(ValidationException.class);
        assertThat(saved()).isZero();
    }

    @Test
    void onlyStaffBackFillAndAMemberWebCaseNeedsItsMember() {
        signIn(Role.LEADER);
        assertThatThrownBy(() -> past.enter(new PastAppeal(draft(null), AppealChannel.PHONE, at(3, 2, 8, 45), null,
                List.of()))).isInstanceOf(AccessDeniedException.class);
        signIn(Role.STAFF);
        assertThatThrownBy(() -> past.enter(new PastAppeal(draft(null), AppealChannel.MEMBER_WEB, at(3, 2, 8, 45), null,
                List.of()))).isInstanceOf(ValidationException.class);
        assertThat(saved()).isZero();

        var publicForm = past.enter(new PastAppeal(draft(null), AppealChannel.PUBLIC_WEB, at(3, 2, 8, 45), null, List.of()));

        assertThat(publicForm.status()).isEqualTo(AppealStatus.SUBMITTED);
        assertThat(publicForm.dueDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(jdbc.sql("select channel from appeal where id = ?").param(publicForm.id()).query(String.class).single())
                .isEqualTo("PUBLIC_WEB");
    }

    @Test
    void aCaseLeftOpenOverTheNationalDayHolidayIsRemindedAndSupervisedOnTheDaysTheDeadlineJobWouldHaveChosen() {
        var clerk = signIn(Role.STAFF);
        // a consultation (3 working days) accepted on 24 Sep is due on 30 Sep: 25-27 Sep are off
        var steps = List.of(PastStep.of(AppealAction.ACCEPT, at(9, 24, 10, 0), null, null),
                PastStep.of(AppealAction.HANDLE, at(9, 24, 10, 30), null, null),
                PastStep.of(AppealAction.NOTE, at(10, 12, 14, 0), null, "已电话联系企业"));

        var receipt = past.enter(new PastAppeal(consultation(), AppealChannel.PHONE, at(9, 24, 9, 0), null, steps));

        // 1-7 Oct off: reminded on 8 Oct; 9, 10 (a Saturday worked), 12, 13, 14 Oct: supervised five working days later
        assertThat(history(receipt.id())).containsExactly("SUBMIT " + clerk + " 2026-09-24T09:00",
                "ACCEPT " + clerk + " 2026-09-24T10:00", "HANDLE " + clerk + " 2026-09-24T10:30",
                "REMINDED 系统 2026-10-08T08:30", "NOTE " + clerk + " 2026-10-12T14:00",
                "SUPERVISED 系统 2026-10-14T08:30");
        assertThat(markers(receipt.id())).containsExactly(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 14));
        long steps0 = jdbc.sql("select count(*) from appeal_step where appeal_id = ?").param(receipt.id())
                .query(Long.class).single();

        deadlines.runFor(LocalDate.of(2026, 10, 14));
        deadlines.runFor(LocalDate.now(ZONE));

        assertThat(markers(receipt.id())).as("the job finds nothing left to do")
                .containsExactly(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 14));
        assertThat(jdbc.sql("select count(*) from appeal_step where appeal_id = ?").param(receipt.id())
                .query(Long.class).single()).isEqualTo(steps0);
    }

    @Test
    void aCaseResolvedOnItsReminderDayAfterTheJobsRunIsRemindedButNeverSupervised() {
        var clerk = signIn(Role.STAFF);
        var steps = List.of(PastStep.of(AppealAction.ACCEPT, at(9, 24, 10, 0), null, null),
                PastStep.of(AppealAction.HANDLE, at(9, 24, 10, 30), null, null),
                PastStep.of(AppealAction.RESOLVE, at(10, 8, 9, 15), null, "已答复企业"));

        var receipt = past.enter(new PastAppeal(consultation(), AppealChannel.PHONE, at(9, 24, 9, 0), null, steps));

        assertThat(history(receipt.id())).containsSubsequence("HANDLE " + clerk + " 2026-09-24T10:30",
                "REMINDED 系统 2026-10-08T08:30", "RESOLVE " + clerk + " 2026-10-08T09:15").hasSize(5);
        assertThat(markers(receipt.id())).containsExactly(LocalDate.of(2026, 10, 8), null);
    }

    @Test
    void aCaseResolvedOnTimeHasNoReminder() {
        signIn(Role.STAFF);
        var steps = List.of(PastStep.of(AppealAction.ACCEPT, at(9, 24, 10, 0), null, null),
                PastStep.of(AppealAction.HANDLE, at(9, 24, 10, 30), null, null),
                PastStep.of(AppealAction.RESOLVE, at(9, 30, 16, 0), null, "已答复企业"));

        var receipt = past.enter(new PastAppeal(consultation(), AppealChannel.PHONE, at(9, 24, 9, 0), null, steps));

        assertThat(history(receipt.id())).hasSize(4).noneMatch(step -> step.startsWith("REMINDED"));
        assertThat(markers(receipt.id())).containsExactly(null, null);
    }

    private AppealDraft consultation() {
        return new AppealDraft("CONSULTATION", "POLICY", "咨询稳岗补贴申报", "想了解今年稳岗补贴的申报条件。", null,
                null, submitter, "东营补录测试有限公司", "17000019999", null, null);
    }

    private List<String> history(long id) {
        return jdbc.sql("select action, actor_name, occurred_at from appeal_step where appeal_id = ? order by id")
                .param(id).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getObject(3, OffsetDateTime.class).atZoneSameInstant(ZONE).toLocalDateTime()).list();
    }

    private List<LocalDate> markers(long id) {
        return jdbc.sql("select reminded_on, supervised_on from appeal where id = ?").param(id)
                .query((rs, n) -> java.util.Arrays.asList(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .single();
    }

    private AppealDraft draft(Long memberId) {
        return new AppealDraft("COMPLAINT", "ADMIN_ENFORCEMENT", "执法检查频次过多", "今年以来多次重复检查，影响经营。", memberId,
                null, submitter, "东营补录测试有限公司", "17000019999", null, null);
    }

    private long saved() {
        return jdbc.sql("select count(*) from appeal where submitter_name = ?").param(submitter).query(Long.class).single();
    }

    /** Signs in a new account with the role; answers its display name (the clerk's name in the history). */
    private String signIn(Role role) {
        var user = accountStore.findByUsername(accounts.create("backfill", role)).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user.displayName();
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }
}
