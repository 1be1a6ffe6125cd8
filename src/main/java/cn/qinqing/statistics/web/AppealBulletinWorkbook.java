package cn.qinqing.statistics.web;

import cn.idev.excel.FastExcel;
import cn.qinqing.statistics.AppealRate;
import cn.qinqing.statistics.AppealReport;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The monthly bulletin as an .xlsx workbook: the bulletin's sentences, the handling units with their
 * rates (a column marks those below a standard), the counts by category, subject and channel, and the
 * repeat submitters - one sheet each, headers in the reader's language.
 */
@Component
class AppealBulletinWorkbook {

    private final BulletinText text;

    AppealBulletinWorkbook(BulletinText text) {
        this.text = text;
    }

    void write(AppealReport r, BulletinLines lines, Locale locale, OutputStream out) {
        try (var writer = FastExcel.write(out).autoCloseStream(false).build()) {
            var bulletin = new ArrayList<List<Object>>();
            for (var line : List.of(lines.title(), lines.period(), lines.issued(), lines.summary(), lines.standards(),
                    lines.below(), t(locale, "appeal-stats.basis"))) {
                bulletin.add(row(line));
            }
            writer.write(bulletin, FastExcel.writerSheet(0, t(locale, "appeal-stats.sheet.bulletin"))
                    .head(head(lines.title())).build());
            var units = new ArrayList<List<Object>>();
            r.units().forEach(u -> units.add(unitRow(u.name(), u, locale)));
            units.add(unitRow(r.total().name(), r.total(), locale));
            writer.write(units, FastExcel.writerSheet(1, t(locale, "appeal-stats.sheet.units")).head(head(
                    t(locale, "appeal-stats.unit"), t(locale, "appeal-stats.received"), t(locale, "appeal-stats.accepted"),
                    t(locale, "appeal-stats.declined"), t(locale, "appeal-stats.resolved"), t(locale, "appeal-stats.on-time"),
                    t(locale, "appeal-stats.due"), t(locale, "appeal-stats.overdue"), t(locale, "appeal-stats.supervised"),
                    t(locale, "appeal-stats.rated"), t(locale, "appeal-stats.satisfied"),
                    t(locale, "appeal-stats.on-time-rate"), t(locale, "appeal-stats.reply-rate"),
                    t(locale, "appeal-stats.satisfaction-rate"), t(locale, "appeal-stats.below-flag"))).build());
            var counts = new ArrayList<List<Object>>();
            r.byCategory().forEach(c -> counts.add(row(t(locale, "appeal-stats.category"), c.name(), c.cases())));
            r.bySubject().forEach(c -> counts.add(row(t(locale, "appeal-stats.subject"), c.name(), c.cases())));
            r.byChannel().forEach(c -> counts.add(row(t(locale, "appeal-stats.channel"), c.name(), c.cases())));
            writer.write(counts, FastExcel.writerSheet(2, t(locale, "appeal-stats.sheet.counts")).head(head(
                    t(locale, "appeal-stats.dimension"), t(locale, "appeal-stats.item"), t(locale, "appeal-stats.cases"))).build());
            var repeats = new ArrayList<List<Object>>();
            for (var g : r.repeats().listed()) {
                repeats.add(row(g.federationName(), g.submitterName(), g.company() == null ? "" : g.company(),
                        g.mobileMasked() == null ? "" : g.mobileMasked(),
                        t(locale, g.memberId() == null ? "appeal-stats.repeats.member.no" : "appeal-stats.repeats.member.yes"),
                        g.cases(), g.sameSubjectCases(), String.join(t(locale, "appeal-stats.list-separator"), g.repeatedSubjects())));
            }
            writer.write(repeats, FastExcel.writerSheet(3, t(locale, "appeal-stats.sheet.repeats")).head(head(
                    t(locale, "appeal-stats.repeats.federation"), t(locale, "appeal-stats.repeats.submitter"),
                    t(locale, "appeal-stats.repeats.company"), t(locale, "appeal-stats.repeats.mobile"),
                    t(locale, "appeal-stats.repeats.member"), t(locale, "appeal-stats.repeats.count"),
                    t(locale, "appeal-stats.repeats.same-count"), t(locale, "appeal-stats.repeats.subjects"))).build());
        }
    }

    private List<Object> unitRow(String name, cn.qinqing.statistics.UnitFigures u, Locale locale) {
        var c = u.counters();
        return row(name, c.received(), c.accepted(), c.declined(), c.resolved(), c.onTime(), c.due(), c.overdue(),
                c.supervised(), c.rated(), c.satisfied(), rate(u.onTime()), rate(u.reply()), rate(u.satisfaction()),
                t(locale, u.below() ? "appeal-stats.yes" : "appeal-stats.no"));
    }

    private static String rate(AppealRate rate) {
        return rate.text();
    }

    private String t(Locale locale, String key) {
        return text.text(locale, key);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static List<List<String>> head(String... titles) {
        return Arrays.stream(titles).map(List::of).toList();
    }
}
