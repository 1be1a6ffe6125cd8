package cn.qinqing.notification;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message to one person (通知) on one or more channels. Title and body are plain text and are cut
 * to {@value #TITLE_MAX} and {@value #BODY_MAX} characters (they are often built from what users typed;
 * a long case title must not roll back the case). The link is a path inside the app such as
 * {@code /appeals/12}. Each channel needs its address: IN_APP the recipient's account id, EMAIL an
 * e-mail address, SMS a mainland mobile number.
 *
 * @param recipientAccountId the account whose inbox receives it; null when the recipient has no account
 * @param email              e-mail address, or null
 * @param mobile             mobile number (11 digits; spaces and full-width digits are accepted), or null
 * @param title              short subject, at most 100 characters
 * @param body               the message, at most 2000 characters
 * @param link               an app path starting with a single slash, or null
 * @param channels           where to send it, at least one
 */
public record Notice(Long recipientAccountId, String email, String mobile, String title, String body, String link,
                     Set<Channel> channels) {

    public static final int TITLE_MAX = 100;
    public static final int BODY_MAX = 2000;
    public static final int LINK_MAX = 300;
    static final int EMAIL_MAX = 254;
    private static final Pattern LINK = Pattern.compile("/(?!/)[^\\s\\\\]*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    public Notice {
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("a notice needs at least one channel");
        }
        channels = Set.copyOf(EnumSet.copyOf(channels));
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a notice needs a title");
        }
        title = cut(title.strip(), TITLE_MAX);
        body = body == null ? "" : cut(body.strip(), BODY_MAX);
        if (link != null && (link.length() > LINK_MAX || !LINK.matcher(link).matches())) {
            throw new IllegalArgumentException("the link must be an app path such as /appeals/12: " + link);
        }
        email = email == null || email.isBlank() ? null : email.strip();
        if (email != null && !validEmail(email)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        mobile = Mobiles.normalise(mobile);
        if (mobile != null && !Mobiles.valid(mobile)) {
            throw new IllegalArgumentException("not a mainland mobile number");
        }
        require(channels, Channel.IN_APP, recipientAccountId != null, "IN_APP needs the recipient's account id");
        require(channels, Channel.EMAIL, email != null, "EMAIL needs an e-mail address");
        require(channels, Channel.SMS, mobile != null, "SMS needs a mobile number");
    }

    /** A notice to an account's inbox only. */
    public static Notice inApp(long accountId, String title, String body, String link) {
        return new Notice(accountId, null, null, title, body, link, Set.of(Channel.IN_APP));
    }

    /** A text message to a mobile only (e.g. a firm without an account). */
    public static Notice sms(String mobile, String title, String body) {
        return new Notice(null, null, mobile, title, body, null, Set.of(Channel.SMS));
    }

    static boolean validEmail(String email) {
        return email.length() <= EMAIL_MAX && EMAIL.matcher(email).matches();
    }

    private static void require(Set<Channel> channels, Channel channel, boolean present, String message) {
        if (channels.contains(channel) && !present) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Cuts to at most {@code max} characters, never between the halves of a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        var end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Never print the addresses, even into a debug log. */
    @Override
    public String toString() {
        return "Notice[to=" + recipientAccountId + ", channels=" + channels + ", title=" + title + "]";
    }
}
