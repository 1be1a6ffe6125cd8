package cn.qinqing.notification;

import cn.qinqing.notification.CodeVerification.Outcome;
import cn.qinqing.notification.OneTimeCodeRefused.Reason;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.web.ValidationException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time codes by SMS (短信验证码) for public forms filled in without an account. A code has six
 * digits, is sent straight through the {@link SmsGateway}, works once, for five minutes, and is void
 * after five wrong entries. Per mobile at most one code a minute and five an hour, per client address
 * twenty an hour (all {@code qinqing.otp.*}). Only an HMAC-SM3 of the code and the mobile's blind index
 * are stored, in the database, so every instance sees the same codes and counts.
 * <p>Purposes keep codes apart ({@code appeal} codes do not open anything else): lower-case letters,
 * digits and hyphens, at most 40.
 */
@Service
public class OneTimeCodes {

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);
    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Duration HOUR = Duration.ofHours(1);

    private final OneTimeCodeStore store;
    private final PersonalDataCipher cipher;
    private final SmsGateway sms;
    private final MessageSource messages;
    private final OtpProperties limits;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(OneTimeCodeStore store, PersonalDataCipher cipher, SmsGateway sms, MessageSource messages,
                 OtpProperties limits, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.cipher = cipher;
        this.sms = sms;
        this.messages = messages;
        this.limits = limits;
        this.clock = clock;
        // Its own transaction: a caller rolling back must neither lose a sent code nor undo a counted wrong entry.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Sends a new code to the mobile for the purpose; earlier unused codes for it stop working.
     *
     * @throws ValidationException  when the mobile or the purpose is malformed (field {@code mobile} or {@code purpose})
     * @throws OneTimeCodeRefused   when a limit holds or the SMS could not be sent
     */
    public CodeIssued issue(String mobile, String purpose, String clientAddress) {
        var number = checkedMobile(mobile);
        checkPurpose(purpose);
        var address = clientAddress == null || clientAddress.isBlank() ? "unknown"
                : Notice.cut(clientAddress.strip(), 64);
        var code = String.format("%06d", random.nextInt(1_000_000));
        var index = cipher.blindIndex(number);
        var now = clock.instant();
        var expiresAt = now.plus(limits.validity());
        long id = ownTransaction.execute(s -> {
            store.lock(index, address);
            checkLimits(index, address, now);
            return store.insert(index, purpose, hash(index, purpose, code), address, now, expiresAt);
        });
        try {
            sms.send(number, messages.getMessage("notification.otp.sms",
                    new Object[] {code, limits.validity().toMinutes()}, locale()));
        } catch (RuntimeException e) {
            ownTransaction.executeWithoutResult(s -> store.voidCode(id, clock.instant()));
            log.warn("One-time code to {} not sent: {}", Mobiles.mask(number), e.toString());
            throw new OneTimeCodeRefused(Reason.NOT_SENT, 0);
        }
        return new CodeIssued(Mobiles.mask(number), expiresAt, now.plus(limits.resendInterval()));
    }

    /**
     * Checks a code entered for the mobile and purpose. A correct code is used up in the caller's
     * transaction, if there is one (a rolled-back form leaves it usable); a wrong entry is counted in its
     * own transaction, so rolling back cannot reset the count. Check the rest of a form before the code.
     */
    public CodeVerification verify(String mobile, String purpose, String code) {
        var number = Mobiles.normalise(mobile);
        if (!Mobiles.valid(number) || purpose == null || !PURPOSE.matcher(purpose).matches()) {
            return new CodeVerification(Outcome.MISSING, 0);
        }
        var index = cipher.blindIndex(number);
        var entered = code == null ? "" : code.strip();
        var now = clock.instant();
        if (store.consume(index, purpose, hash(index, purpose, entered), now, limits.maxAttempts())) {
            return new CodeVerification(Outcome.VERIFIED, 0);
        }
        return ownTransaction.execute(s -> store.lockLatest(index, purpose, now).map(latest -> {
            if (latest.used() || (latest.voided() && latest.failedAttempts() < limits.maxAttempts())) {
                return new CodeVerification(Outcome.MISSING, 0);
            }
            if (latest.voided()) {
                return new CodeVerification(Outcome.EXHAUSTED, 0);
            }
            if (!latest.expiresAt().isAfter(now)) {
                return new CodeVerification(Outcome.EXPIRED, 0);
            }
            var failures = store.countFailure(latest.id(), now, limits.maxAttempts());
            return failures >= limits.maxAttempts() ? new CodeVerification(Outcome.EXHAUSTED, 0)
                    : new CodeVerification(Outcome.WRONG, limits.maxAttempts() - failures);
        }).orElse(new CodeVerification(Outcome.MISSING, 0)));
    }

    /** Codes older than a day are past every limit window: deleted hourly. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "one-time-code-purge", lockAtMostFor = "PT10M")
    public void purge() {
        ownTransaction.executeWithoutResult(s -> store.purge(clock.instant().minus(Duration.ofDays(1))));
    }

    private void checkLimits(String index, String address, Instant now) {
        var last = store.lastIssued(index, now);
        if (last.isPresent() && last.get().plus(limits.resendInterval()).isAfter(now)) {
            throw new OneTimeCodeRefused(Reason.TOO_SOON, secondsUntil(last.get().plus(limits.resendInterval()), now));
        }
        var mobile = store.byMobile(index, now, HOUR);
        if (mobile.count() >= limits.perMobilePerHour()) {
            throw new OneTimeCodeRefused(Reason.MOBILE_LIMIT, secondsUntil(mobile.oldest().plus(HOUR), now));
        }
        var client = store.byAddress(address, now, HOUR);
        if (client.count() >= limits.perAddressPerHour()) {
            throw new OneTimeCodeRefused(Reason.ADDRESS_LIMIT, secondsUntil(client.oldest().plus(HOUR), now));
        }
    }

    private String hash(String mobileIndex, String purpose, String code) {
        // HMAC-SM3 under the blind-index key, with its own prefix so it can never equal another index.
        return cipher.blindIndex("one-time-code|" + mobileIndex + "|" + purpose + "|" + code);
    }

    private static String checkedMobile(String mobile) {
        var number = Mobiles.normalise(mobile);
        if (number == null) {
            throw new ValidationException("mobile", "notification.otp.mobile.required");
        }
        if (!Mobiles.valid(number)) {
            throw new ValidationException("mobile", "notification.otp.mobile.invalid");
        }
        return number;
    }

    private static void checkPurpose(String purpose) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new ValidationException("purpose", "notification.otp.purpose.invalid");
        }
    }

    private static long secondsUntil(Instant then, Instant now) {
        var millis = Duration.between(now, then).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** The visitor's language inside a request; Chinese otherwise (never the server's default locale). */
    private static Locale locale() {
        return LocaleContextHolder.getLocaleContext() == null ? Locale.SIMPLIFIED_CHINESE : LocaleContextHolder.getLocale();
    }
}
