package cn.qinqing.statistics.web;

import cn.qinqing.statistics.AppealRate;
import cn.qinqing.statistics.AppealReport;
import cn.qinqing.statistics.UnitFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentences of the bulletin (通报) in the reader's language, the same on the page, in the workbook
 * and in the PDF: the period, the summary (本月共受理诉求 N 件，按时办结率 x% ...), the standards
 * and the units below them.
 */
@Component
class BulletinText {

    private final MessageSource messages;

    BulletinText(MessageSource messages) {
        this.messages = messages;
    }

    String period(AppealReport r, Locale locale) {
        var p = r.period();
        return p.wholeMonth()
                .map(m -> text(locale, "appeal-stats.period.month-label", String.valueOf(m.getYear()), String.valueOf(m.getMonthValue())))
                .orElseGet(() -> text(locale, "appeal-stats.period.range-label", p.from().toString(), p.to().toString()));
    }

    String title(AppealReport r, Locale locale) {
        return text(locale, "appeal-stats.bulletin.title", r.scopeName());
    }

    String issued(AppealReport r, Locale locale) {
        return text(locale, "appeal-stats.bulletin.issued", r.scopeName(), r.asOf().toString());
    }

    String summary(AppealReport r, Locale locale) {
        var t = r.total();
        var c = t.counters();
        return text(locale, "appeal-stats.bulletin.summary", period(r, locale), r.scopeName(), n(c.received()),
                n(c.accepted()), n(c.declined()), n(c.resolved()), t.onTime().text(), t.reply().text(),
                t.satisfaction().text(), n(c.overdue()), n(c.supervised()), n(r.repeats().submitters()),
                n(r.repeats().cases()));
    }

    String standards(AppealReport r, Locale locale) {
        var s = r.thresholds();
        return text(locale, "appeal-stats.bulletin.standards", s.onTimeRate().toPlainString(),
                s.replyRate().toPlainString(), s.satisfactionRate().toPlainString());
    }

    /** The units below a standard with each shortfall, or that every unit meets them. */
    String below(AppealReport r, Locale locale) {
        var below = r.unitsBelow();
        if (below.isEmpty()) {
            return text(locale, "appeal-stats.bulletin.none-below");
        }
        var units = new ArrayList<String>();
        for (var unit : below) {
            units.add(text(locale, "appeal-stats.bulletin.unit-below", unit.name(),
                    String.join(text(locale, "appeal-stats.bulletin.shortfall-separator"), shortfalls(unit, locale))));
        }
        return text(locale, "appeal-stats.bulletin.below", String.join(text(locale, "appeal-stats.list-separator"), units));
    }

    private List<String> shortfalls(UnitFigures unit, Locale locale) {
        var shortfalls = new ArrayList<String>();
        shortfall(shortfalls, "appeal-stats.on-time-rate", unit.onTime(), locale);
        shortfall(shortfalls, "appeal-stats.reply-rate", unit.reply(), locale);
        shortfall(shortfalls, "appeal-stats.satisfaction-rate", unit.satisfaction(), locale);
        return shortfalls;
    }

    private void shortfall(List<String> into, String name, AppealRate rate, Locale locale) {
        if (rate.below()) {
            into.add(text(locale, "appeal-stats.bulletin.shortfall", text(locale, name), rate.text(),
                    rate.threshold().toPlainString()));
        }
    }

    private static String n(long value) {
        return String.valueOf(value);
    }

    /** Every line at once, for a page or a document. */
    BulletinLines lines(AppealReport r, Locale locale) {
        return new BulletinLines(title(r, locale), period(r, locale), issued(r, locale), summary(r, locale),
                standards(r, locale), below(r, locale));
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
