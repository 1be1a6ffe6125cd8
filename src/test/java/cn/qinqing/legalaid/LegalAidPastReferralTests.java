package cn.qinqing.legalaid;

import static cn.qinqing.legalaid.LegalAidWorld.lawyer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Entering a referral from the ledger ({@link PastReferrals}): everything must lie within the case's life -
 * here a case accepted and resolved today, so only today will do - and nothing is kept when anything is wrong.
 */
@IntegrationTest
class LegalAidPastReferralTests {

    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;
    @Autowired UserDetailsService users;
    @Autowired PastReferrals past;
    @Autowired Clock clock;

    LegalAidWorld world;
    String staffName;
    Api staff;
    long lawyerId;
    long appealId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        world = new LegalAidWorld(jdbc, accounts);
        staffName = accounts.createBound("lpast", RoleGrant.of(Role.STAFF));
        jdbc.sql("update app_user set federation_id = ? where username = ?").params(world.districtId, staffName).update();
        staff = accounts.api(staffName);
        lawyerId = world.create(staff, lawyer(world.districtId, "台账律师", "13812345678", "UNPAID_DEBTS"));
        appealId = world.acceptedCase(staff);
        staff.post("/api/v1/appeals/" + appealId + "/handle", Api.json(Map.of()));
        var resolved = staff.post("/api/v1/appeals/" + appealId + "/resolve", Api.json(Map.of("reply", "已协调付款")));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        today = LocalDate.now(clock);
    }

    @Test
    void aReferralOutsideTheCasesLifeIsRefusedAndNothingIsKept() {
        var session = new SessionDraft(today, SessionKind.CONSULTATION, null, null);
        assertRefused(entry(today.minusDays(1), List.of(session), today), "legal-aid.past.referred-at.invalid");
        assertRefused(entry(today.plusDays(1), List.of(), null), "legal-aid.past.referred-at.invalid");
        assertRefused(entry(today, List.of(new SessionDraft(today.plusDays(1), SessionKind.CONSULTATION, null, null)), null),
                "legal-aid.session.held-on.future");
        assertRefused(entry(today, List.of(session), today.plusDays(1)), "legal-aid.past.outcome-on.invalid");
        assertThat(jdbc.sql("select count(*) from legal_aid_referral where appeal_id = ?").param(appealId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aReferralWithinTheCasesLifeIsKeptWithItsOwnDaysAndAudited() {
        var referral = as(() -> past.enter(entry(today, List.of(new SessionDraft(today, SessionKind.CONSULTATION,
                "律师事务所", "了解案情")), today)));
        assertThat(referral.outcome()).isEqualTo(ReferralOutcome.ANSWERED);
        assertThat(referral.outcomeOn()).isEqualTo(today);
        assertThat(referral.sessions()).singleElement().satisfies(s -> assertThat(s.heldOn()).isEqualTo(today));
        var referredAt = jdbc.sql("select referred_at from legal_aid_referral where id = ?").param(referral.id())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single();
        assertThat(referredAt.atZoneSameInstant(clock.getZone()).toLocalDateTime()).isEqualTo(today.atStartOfDay());
        assertThat(world.audited("LEGAL_AID_REFERRAL_BACKFILL", referral.id())).isEqualTo(1);
    }

    private PastReferral entry(LocalDate referredOn, List<SessionDraft> sessions, LocalDate outcomeOn) {
        return new PastReferral(appealId, lawyerId, "请提供法律意见", referredOn.atStartOfDay(), sessions,
                outcomeOn == null ? null : ReferralOutcome.ANSWERED, outcomeOn == null ? null : "已出具法律意见", outcomeOn);
    }

    private void assertRefused(PastReferral entry, String messageKey) {
        assertThatThrownBy(() -> as(() -> past.enter(entry))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(ValidationException.FieldError::messageKey).contains(messageKey));
    }

    private <T> T as(Supplier<T> action) {
        var user = users.loadUserByUsername(staffName);
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            context.setAuthentication(before);
        }
    }
}
