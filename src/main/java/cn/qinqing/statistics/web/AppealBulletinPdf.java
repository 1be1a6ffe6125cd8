package cn.qinqing.statistics.web;

import cn.qinqing.statistics.AppealRate;
import cn.qinqing.statistics.AppealReport;
import cn.qinqing.statistics.UnitFigures;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The monthly bulletin as a PDF for printing and filing: title, the summary and the standards, the
 * handling units with the rates below a standard shaded, the counts by category, subject and channel,
 * and the repeat submitters.
 */
@Component
class AppealBulletinPdf {

    private static final Color BELOW = new Color(0xF8, 0xD7, 0xDA);
    private static final Color HEAD = new Color(0xE9, 0xEC, 0xEF);

    private final BulletinFont fonts;
    private final BulletinText text;

    AppealBulletinPdf(BulletinFont fonts, BulletinText text) {
        this.fonts = fonts;
        this.text = text;
    }

    void write(AppealReport r, BulletinLines lines, Locale locale, OutputStream out) {
        var base = fonts.get();
        var title = new Font(base, 16);
        var body = new Font(base, 10.5f);
        var small = new Font(base, 8);
        var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(lines.title());
        document.open();
        document.add(centered(lines.title(), title));
        document.add(centered(text.text(locale, "appeal-stats.bulletin.subtitle", lines.period()), body));
        document.add(centered(lines.issued(), small));
        for (var line : List.of(lines.summary(), lines.standards(), lines.below())) {
            var p = new Paragraph(line, body);
            p.setFirstLineIndent(21);
            p.setSpacingBefore(6);
            document.add(p);
        }
        document.add(heading(text.text(locale, "appeal-stats.bulletin.section.units"), body));
        document.add(units(r, locale, small));
        document.add(heading(text.text(locale, "appeal-stats.bulletin.section.counts"), body));
        var counts = new PdfPTable(new float[] {3, 1, 3, 1, 3, 1});
        counts.setWidthPercentage(100);
        counts.setSpacingBefore(4);
        int rows = Math.max(r.byCategory().size(), Math.max(r.bySubject().size(), r.byChannel().size()));
        head(counts, small, t(locale, "appeal-stats.category"), t(locale, "appeal-stats.cases"),
                t(locale, "appeal-stats.subject"), t(locale, "appeal-stats.cases"),
                t(locale, "appeal-stats.channel"), t(locale, "appeal-stats.cases"));
        for (int i = 0; i < rows; i++) {
            for (var items : List.of(r.byCategory(), r.bySubject(), r.byChannel())) {
                var item = i < items.size() ? items.get(i) : null;
                cells(counts, small, null, item == null ? "" : item.name(), item == null ? "" : String.valueOf(item.cases()));
            }
        }
        document.add(counts);
        document.add(heading(text.text(locale, "appeal-stats.bulletin.section.repeats"), body));
        var repeats = r.repeats();
        if (repeats.submitters() == 0) {
            document.add(new Paragraph(t(locale, "appeal-stats.bulletin.repeats-none"), body));
        } else {
            document.add(new Paragraph(text.text(locale, "appeal-stats.repeats.summary", String.valueOf(repeats.submitters()),
                    String.valueOf(repeats.cases()), String.valueOf(repeats.sameSubjectSubmitters())), body));
            var table = new PdfPTable(new float[] {3, 2, 4, 2, 1.5f, 1.5f, 1.5f, 3});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            head(table, small, t(locale, "appeal-stats.repeats.federation"), t(locale, "appeal-stats.repeats.submitter"),
                    t(locale, "appeal-stats.repeats.company"), t(locale, "appeal-stats.repeats.mobile"),
                    t(locale, "appeal-stats.repeats.member"), t(locale, "appeal-stats.repeats.count"),
                    t(locale, "appeal-stats.repeats.same-count"), t(locale, "appeal-stats.repeats.subjects"));
            for (var g : repeats.listed()) {
                cells(table, small, null, g.federationName(), g.submitterName(), g.company() == null ? "" : g.company(),
                        g.mobileMasked() == null ? "" : g.mobileMasked(),
                        t(locale, g.memberId() == null ? "appeal-stats.repeats.member.no" : "appeal-stats.repeats.member.yes"),
                        String.valueOf(g.cases()), String.valueOf(g.sameSubjectCases()), String.join(t(locale, "appeal-stats.list-separator"), g.repeatedSubjects()));
            }
            document.add(table);
        }
        var basis = new Paragraph(t(locale, "appeal-stats.basis"), small);
        basis.setSpacingBefore(10);
        document.add(basis);
        document.close();
    }

    private PdfPTable units(AppealReport r, Locale locale, Font font) {
        var table = new PdfPTable(new float[] {5, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f, 2, 2, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        head(table, font, t(locale, "appeal-stats.unit"), t(locale, "appeal-stats.received"),
                t(locale, "appeal-stats.accepted"), t(locale, "appeal-stats.resolved"), t(locale, "appeal-stats.on-time"),
                t(locale, "appeal-stats.due"), t(locale, "appeal-stats.overdue"), t(locale, "appeal-stats.supervised"),
                t(locale, "appeal-stats.rated"), t(locale, "appeal-stats.on-time-rate"), t(locale, "appeal-stats.reply-rate"),
                t(locale, "appeal-stats.satisfaction-rate"));
        for (var unit : r.units()) {
            unit(table, unit, font);
        }
        unit(table, r.total(), font);
        return table;
    }

    private static void unit(PdfPTable table, UnitFigures u, Font font) {
        var c = u.counters();
        cells(table, font, null, u.name(), String.valueOf(c.received()), String.valueOf(c.accepted()),
                String.valueOf(c.resolved()), String.valueOf(c.onTime()), String.valueOf(c.due()),
                String.valueOf(c.overdue()), String.valueOf(c.supervised()), String.valueOf(c.rated()));
        for (var rate : List.of(u.onTime(), u.reply(), u.satisfaction())) {
            cells(table, font, rate.below() ? BELOW : null, label(rate));
        }
    }

    private static String label(AppealRate rate) {
        return rate.below() ? rate.text() + " ▼" : rate.text();
    }

    private static void head(PdfPTable table, Font font, String... titles) {
        cells(table, font, HEAD, titles);
    }

    private static void cells(PdfPTable table, Font font, Color background, String... values) {
        for (var value : values) {
            var cell = new PdfPCell(new Phrase(value, font));
            cell.setPadding(3);
            if (background != null) {
                cell.setBackgroundColor(background);
            }
            table.addCell(cell);
        }
    }

    private static Paragraph centered(String line, Font font) {
        var p = new Paragraph(line, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static Paragraph heading(String line, Font font) {
        var p = new Paragraph(line, font);
        p.setSpacingBefore(10);
        return p;
    }

    private String t(Locale locale, String key) {
        return text.text(locale, key);
    }
}
