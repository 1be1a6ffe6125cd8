package cn.qinqing.appeal;

import cn.qinqing.organisation.Federations;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the public appeal and attachment tests: one application context of their own with a
 * recording SMS gateway, and limits loose enough that the tests' many codes and submissions from one
 * address are not refused (the limits themselves are the notification tests' concern).
 */
@IntegrationTest
@Import(AppealPublicTestConfiguration.class)
@TestPropertySource(properties = {
        "qinqing.otp.resend-interval=PT0S", "qinqing.otp.per-mobile-per-hour=1000",
        "qinqing.otp.per-address-per-hour=100000", "qinqing.appeal.public.per-hour=100000",
        "qinqing.appeal.public.lookups-per-hour=100000"})
abstract class AppealPublicTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    protected AppealPublicSms sms;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TestAccounts accounts;
    @Autowired
    protected Federations federations;
    @Autowired
    protected AttachmentStore store;

    protected AppealFixture fx;

    @BeforeEach
    void fixture() {
        fx = new AppealFixture(accounts, jdbc, federations);
    }

    /** A mobile number no other test uses (17x numbers: the notification tests use 19x). */
    static String uniqueMobile() {
        return "17" + String.format("%04d%05d", SEQUENCE.incrementAndGet() % 10_000,
                ThreadLocalRandom.current().nextInt(100_000));
    }

    static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    /** Cases filed under this company name (stored in plain text, unlike the title and content). */
    long casesOf(String company) {
        return jdbc.sql("select count(*) from appeal where submitter_company = ?").param(company)
                .query(Long.class).single();
    }

    long attachmentRows() {
        return jdbc.sql("select count(*) from appeal_attachment").query(Long.class).single();
    }
}
