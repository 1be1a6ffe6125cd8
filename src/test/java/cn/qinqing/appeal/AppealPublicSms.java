package cn.qinqing.appeal;

import cn.qinqing.notification.SmsGateway;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/** An SMS gateway for the public appeal tests: keeps each message, so a test reads the code a firm was sent. */
final class AppealPublicSms implements SmsGateway {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    private record Sms(String mobile, String text) {
    }

    private final List<Sms> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String mobile, String text) {
        sent.add(new Sms(mobile, text));
    }

    /** The six-digit code in the latest message to this mobile. */
    String latestCode(String mobile) {
        var texts = sent.stream().filter(s -> s.mobile().equals(mobile)).map(Sms::text).toList();
        if (texts.isEmpty()) {
            throw new IllegalStateException("no SMS to " + mobile);
        }
        var matcher = CODE.matcher(texts.get(texts.size() - 1));
        if (!matcher.find()) {
            throw new IllegalStateException("no code in the SMS to " + mobile);
        }
        return matcher.group(1);
    }

    int count(String mobile) {
        return (int) sent.stream().filter(s -> s.mobile().equals(mobile)).count();
    }
}
