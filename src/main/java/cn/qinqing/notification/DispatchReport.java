package cn.qinqing.notification;

/**
 * What one run of the dispatcher did.
 *
 * @param sent    deliveries sent
 * @param retried deliveries that failed and wait for another attempt
 * @param failed  deliveries that failed for the last time
 * @param held    e-mails newly held because no mail server is configured
 */
public record DispatchReport(int sent, int retried, int failed, int held) {

    DispatchReport plus(DispatchReport other) {
        return new DispatchReport(sent + other.sent, retried + other.retried, failed + other.failed, held + other.held);
    }
}
