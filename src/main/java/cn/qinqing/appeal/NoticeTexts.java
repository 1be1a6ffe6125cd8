package cn.qinqing.appeal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the notices about cases ({@code messages/appeal-notice}). Always in Chinese: the notice is
 * written once, when the event happens, for recipients who work in Chinese, whatever the language of
 * the person whose step caused it.
 */
@Component
class NoticeTexts {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** How many tracking numbers a digest names before "等". */
    static final int DIGEST_NAMES = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", CHINESE);

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    String title(String kind) {
        return text("appeal.notice." + kind + ".title");
    }

    String body(String kind, Object... args) {
        return text("appeal.notice." + kind + ".body", args);
    }

    /** The text message to a submitter without an account (no "log in to read"). */
    String sms(String kind, Object... args) {
        return text("appeal.notice." + kind + ".sms", args);
    }

    String digest(String kind, List<NoticeCase> cases) {
        var names = cases.stream().limit(DIGEST_NAMES).map(NoticeCase::trackingNumber).toList();
        var list = String.join("、", names);
        if (cases.size() > DIGEST_NAMES) {
            list = text("appeal.notice.more", list);
        }
        return text("appeal.notice." + kind + ".digest", cases.size(), list);
    }

    String stage(NoticeCase c) {
        return text("appeal.notice.stage." + c.stage());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }

    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }
}
