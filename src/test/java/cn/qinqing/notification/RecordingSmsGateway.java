package cn.qinqing.notification;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An SMS gateway for tests: keeps what it was asked to send; can be made to fail or to be slow. */
final class RecordingSmsGateway implements SmsGateway {

    record Sms(String mobile, String text) {
    }

    private final List<Sms> sent = new CopyOnWriteArrayList<>();
    private volatile boolean failing;
    private volatile Duration delay = Duration.ZERO;

    @Override
    public void send(String mobile, String text) {
        if (failing) {
            throw new IllegalStateException("gateway down (test) for " + mobile);
        }
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sent.add(new Sms(mobile, text));
    }

    List<Sms> to(String mobile) {
        return sent.stream().filter(s -> s.mobile().equals(mobile)).toList();
    }

    void failing(boolean failing) {
        this.failing = failing;
    }

    void delay(Duration delay) {
        this.delay = delay;
    }

    void reset() {
        failing = false;
        delay = Duration.ZERO;
    }
}
