package cn.qinqing.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinqing.notification.CodeVerification.Outcome;
import cn.qinqing.notification.OneTimeCodeRefused.Reason;
import cn.qinqing.shared.web.ValidationException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One-time codes: single use, five minutes, five tries, and the per-mobile and per-address limits. */
class OneTimeCodeTests extends NotificationTestSupport {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final String PURPOSE = "appeal";

    @Autowired
    private OneTimeCodes codes;

    @Test
    void aCodeIsTextedAndWorksExactlyOnce() {
        var mobile = uniqueMobile();
        var issued = codes.issue(mobile, PURPOSE, address());
        var code = lastCode(mobile);

        assertThat(issued.mobileMasked()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(sms.to(mobile).get(0).text()).contains("5 分钟");
        assertThat(codes.verify(mobile, PURPOSE, code).outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(codes.verify(mobile, PURPOSE, code).outcome()).isEqualTo(Outcome.MISSING);
    }

    @Test
    void aCodeOpensOnlyItsOwnPurposeAndMobile() {
        var mobile = uniqueMobile();
        codes.issue(mobile, PURPOSE, address());
        var code = lastCode(mobile);

        assertThat(codes.verify(mobile, "member-apply", code).verified()).isFalse();
        assertThat(codes.verify(uniqueMobile(), PURPOSE, code).verified()).isFalse();
        assertThat(codes.verify(mobile, PURPOSE, code).verified()).isTrue();
    }

    @Test
    void fiveWrongEntriesVoidTheCodeEvenForTheRightOneAfterwards() {
        var mobile = uniqueMobile();
        codes.issue(mobile, PURPOSE, address());
        var code = lastCode(mobile);
        var wrong = code.equals("000000") ? "111111" : "000000";

        for (int remaining = 4; remaining >= 1; remaining--) {
            var answer = codes.verify(mobile, PURPOSE, wrong);
            assertThat(answer.outcome()).isEqualTo(Outcome.WRONG);
            assertThat(answer.remainingTries()).isEqualTo(remaining);
        }
        assertThat(codes.verify(mobile, PURPOSE, wrong).outcome()).isEqualTo(Outcome.EXHAUSTED);
        assertThat(codes.verify(mobile, PURPOSE, code).outcome()).isEqualTo(Outcome.EXHAUSTED);
    }

    @Test
    void aCodeExpiresFiveMinutesAfterItWasSent() {
        var early = uniqueMobile();
        var late = uniqueMobile();
        codes.issue(early, PURPOSE, address());
        codes.issue(late, PURPOSE, address());

        clock.advance(Duration.ofMinutes(4).plusSeconds(50));
        assertThat(codes.verify(early, PURPOSE, lastCode(early)).outcome()).isEqualTo(Outcome.VERIFIED);
        clock.advance(Duration.ofSeconds(11));
        assertThat(codes.verify(late, PURPOSE, lastCode(late)).outcome()).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void aNewCodeReplacesTheEarlierOne() {
        var mobile = uniqueMobile();
        codes.issue(mobile, PURPOSE, address());
        var first = lastCode(mobile);
        clock.advance(Duration.ofSeconds(61));
        codes.issue(mobile, PURPOSE, address());
        var second = lastCode(mobile);

        if (!first.equals(second)) {
            assertThat(codes.verify(mobile, PURPOSE, first).verified()).isFalse();
        }
        assertThat(codes.verify(mobile, PURPOSE, second).verified()).isTrue();
    }

    @Test
    void aMobileGetsOneCodePerMinute() {
        var mobile = uniqueMobile();
        codes.issue(mobile, PURPOSE, address());
        clock.advance(Duration.ofSeconds(30));

        assertThatThrownBy(() -> codes.issue(mobile, PURPOSE, address()))
                .isInstanceOfSatisfying(OneTimeCodeRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_SOON);
                    assertThat(e.retryAfterSeconds()).isBetween(29L, 31L);
                });
        assertThat(sms.to(mobile)).hasSize(1);
        clock.advance(Duration.ofSeconds(31));
        codes.issue(mobile, PURPOSE, address());
        assertThat(sms.to(mobile)).hasSize(2);
    }

    @Test
    void aMobileGetsFiveCodesPerHourFromAnyAddress() {
        var mobile = uniqueMobile();
        for (int i = 0; i < 5; i++) {
            codes.issue(mobile, PURPOSE, address());
            clock.advance(Duration.ofMinutes(2));
        }
        assertThatThrownBy(() -> codes.issue(mobile, PURPOSE, address()))
                .isInstanceOfSatisfying(OneTimeCodeRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MOBILE_LIMIT);
                    assertThat(e.retryAfterSeconds()).isBetween(49 * 60L, 50 * 60L + 1);
                });
        clock.advance(Duration.ofMinutes(51));
        codes.issue(mobile, PURPOSE, address());
        assertThat(sms.to(mobile)).hasSize(6);
    }

    @Test
    void anAddressGetsTwentyCodesPerHour() {
        var address = address();
        for (int i = 0; i < 20; i++) {
            codes.issue(uniqueMobile(), PURPOSE, address);
        }
        var mobile = uniqueMobile();
        assertThatThrownBy(() -> codes.issue(mobile, PURPOSE, address))
                .isInstanceOfSatisfying(OneTimeCodeRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.ADDRESS_LIMIT));
        assertThat(sms.to(mobile)).isEmpty();
        codes.issue(mobile, PURPOSE, address());
        assertThat(sms.to(mobile)).hasSize(1);
    }

    @Test
    void onlyAnHmacOfTheCodeAndABlindIndexOfTheMobileAreStored() {
        var mobile = uniqueMobile();
        var address = address();
        codes.issue(mobile, PURPOSE, address);
        var code = lastCode(mobile);

        var stored = jdbc.sql("select mobile_index || '|' || code_hash from one_time_code where client_address = ?")
                .param(address).query(String.class).single();
        assertThat(stored).doesNotContain(mobile).doesNotContain(code).matches("[0-9a-f]{64}\\|[0-9a-f]{64}");
    }

    @Test
    void aWrongEntryStaysCountedWhenTheCallersTransactionRollsBack() {
        var mobile = uniqueMobile();
        var address = address();
        codes.issue(mobile, PURPOSE, address);
        var wrong = lastCode(mobile).equals("000000") ? "111111" : "000000";

        transactions.executeWithoutResult(s -> {
            codes.verify(mobile, PURPOSE, wrong);
            s.setRollbackOnly();
        });

        assertThat(jdbc.sql("select failed_attempts from one_time_code where client_address = ?").param(address)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRightCodeStaysUsableWhenTheCallersTransactionRollsBack() {
        var mobile = uniqueMobile();
        codes.issue(mobile, PURPOSE, address());
        var code = lastCode(mobile);

        transactions.executeWithoutResult(s -> {
            assertThat(codes.verify(mobile, PURPOSE, code).verified()).isTrue();
            s.setRollbackOnly();
        });

        assertThat(codes.verify(mobile, PURPOSE, code).verified()).isTrue();
    }

    @Test
    void aCodeTheGatewayCouldNotSendIsVoidAndRefused() {
        var mobile = uniqueMobile();
        var address = address();
        sms.failing(true);

        assertThatThrownBy(() -> codes.issue(mobile, PURPOSE, address))
                .isInstanceOfSatisfying(OneTimeCodeRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SENT));
        assertThat(jdbc.sql("select count(*) from one_time_code where client_address = ? and voided_at is not null")
                .param(address).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void malformedMobilesAndPurposesAreRefusedWithTheirField() {
        assertThatThrownBy(() -> codes.issue("1381234567", PURPOSE, address()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("notification.otp.mobile.invalid"));
        assertThatThrownBy(() -> codes.issue(" ", PURPOSE, address()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("notification.otp.mobile.required"));
        assertThatThrownBy(() -> codes.issue(uniqueMobile(), "Appeal Form", address()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("purpose"));
    }

    @Test
    void fullWidthDigitsAndSpacesInTheMobileAreAccepted() {
        var mobile = uniqueMobile();
        var typed = mobile.substring(0, 3) + " " + toFullWidth(mobile.substring(3, 7)) + "-" + mobile.substring(7);
        codes.issue(typed, PURPOSE, address());

        assertThat(codes.verify(mobile, PURPOSE, lastCode(mobile)).verified()).isTrue();
    }

    private String lastCode(String mobile) {
        var texts = sms.to(mobile);
        assertThat(texts).as("texts to " + mobile).isNotEmpty();
        var matcher = SIX_DIGITS.matcher(texts.get(texts.size() - 1).text());
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    private static String address() {
        return uniqueText("addr");
    }

    private static String toFullWidth(String digits) {
        var sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append((char) (c + 0xFEE0)));
        return sb.toString();
    }
}
