package cn.qinqing.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberAdmitted;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberStatus;
import cn.qinqing.member.MemberTestData;
import cn.qinqing.member.MemberType;
import cn.qinqing.member.MembershipEnded;
import cn.qinqing.member.MemberDraft;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Other modules learn of admissions and endings through {@link MemberAdmitted} and {@link MembershipEnded}. */
@IntegrationTest
@RecordApplicationEvents
class MemberEventsTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    MemberService members;
    @Autowired
    Federations federations;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void approvingEndingAndReadmittingPublishTheirEvents() {
        var user = users.loadUserByUsername(accounts.create("mevents", Role.STAFF));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var draft = new MemberDraft(MemberType.ENTERPRISE, "事件" + MemberTestData.unique(),
                MemberTestData.enterpriseCode(), null, null, null, null, null, null, false, null, null, null, null,
                null, null);
        var id = members.register(draft, List.of());

        members.approve(id, null);
        members.end(id, MemberStatus.WITHDRAWN, "本人申请退会");
        members.readmit(id, "重新申请");

        var admitted = events.stream(MemberAdmitted.class).filter(e -> e.memberId() == id).toList();
        var ended = events.stream(MembershipEnded.class).filter(e -> e.memberId() == id).toList();
        assertThat(admitted).hasSize(2);
        assertThat(admitted.get(0).readmission()).isFalse();
        assertThat(admitted.get(1).readmission()).isTrue();
        assertThat(admitted.get(0).federationId()).isEqualTo(federations.home().id());
        assertThat(admitted.get(0).type()).isEqualTo(MemberType.ENTERPRISE);
        assertThat(ended).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(MemberStatus.WITHDRAWN));
    }

    @Test
    void aRejectedApplicationPublishesNoAdmission() {
        var user = users.loadUserByUsername(accounts.create("mevents", Role.STAFF));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var draft = new MemberDraft(MemberType.ENTERPRISE, "驳回事件" + MemberTestData.unique(),
                MemberTestData.enterpriseCode(), null, null, null, null, null, null, false, null, null, null, null,
                null, null);
        var id = members.register(draft, List.of());

        members.reject(id, "不符合条件");

        assertThat(events.stream(MemberAdmitted.class).filter(e -> e.memberId() == id)).isEmpty();
        assertThat(members.get(id).status()).isEqualTo(MemberStatus.REJECTED);
    }
}
