package cn.qinqing.statistics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures as an .xlsx workbook: one sheet per table of the page, headers in the
 * reader's language ({@link XlsxSheets}: the layout fastexcel gave it, at a thirtieth of the cost).
 */
@Component
class MemberStatisticsWorkbook {

    private final MessageSource messages;

    MemberStatisticsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    String fileName(Dashboard d, Locale locale) {
        return text(locale, "stats.file-name", d.scopeName(), d.asOf().toString()) + ".xlsx";
    }

    void write(Dashboard d, Locale locale, OutputStream out) throws IOException {
        var book = new XlsxSheets();
        var s = d.summary();
        book.sheet(text(locale, "stats.sheet.overview"), head(locale, "stats.item", "stats.value"), rows(
                row(text(locale, "stats.scope"), d.scopeName()),
                row(text(locale, "stats.as-of"), d.asOf().toString()),
                row(text(locale, "stats.total"), s.total()),
                row(text(locale, "stats.type.ENTERPRISE"), s.byType().get("ENTERPRISE")),
                row(text(locale, "stats.type.GROUP"), s.byType().get("GROUP")),
                row(text(locale, "stats.type.INDIVIDUAL"), s.byType().get("INDIVIDUAL")),
                row(text(locale, "stats.previous-year-end"), s.growth().previousYearEnd()),
                row(text(locale, "stats.growth-rate"), d.growthRate() == null ? "-" : d.growthRate())));
        var balances = new ArrayList<List<Object>>();
        for (var b : d.balances()) {
            balances.add(row(text(locale, "stats.balance." + b.key()), text(locale, "stats.side." + b.manyKey()), b.many(),
                    text(locale, "stats.side." + b.fewKey()), b.few(), b.ratio()));
        }
        book.sheet(text(locale, "stats.sheet.balances"), head(locale, "stats.balance", "stats.many-side", "stats.count",
                "stats.few-side", "stats.count", "stats.ratio"), balances);
        var years = new ArrayList<List<Object>>();
        for (var y : d.history()) {
            var t = y.structure();
            years.add(row(y.year(), y.asOf().toString(), y.total(), y.byType().get("ENTERPRISE"), y.byType().get("GROUP"),
                    y.byType().get("INDIVIDUAL"), t.individualBusiness(), t.privateEnterprise(), t.local(), t.outOfTown(),
                    t.traditional(), t.highTech()));
        }
        book.sheet(text(locale, "stats.sheet.history"), head(locale, "stats.year", "stats.as-of", "stats.total",
                "stats.type.ENTERPRISE", "stats.type.GROUP", "stats.type.INDIVIDUAL", "stats.side.individual-business",
                "stats.side.private-enterprise", "stats.side.local", "stats.side.out-of-town", "stats.side.traditional",
                "stats.side.high-tech"), years);
        var growth = new ArrayList<List<Object>>();
        for (var g : d.growth()) {
            growth.add(row(g.year().year(), g.year().asOf().toString(), g.year().total(),
                    g.change() == null ? "-" : g.change(), g.rate() == null ? "-" : g.rate()));
        }
        book.sheet(text(locale, "stats.sheet.growth"), head(locale, "stats.year", "stats.as-of", "stats.total",
                "stats.change", "stats.growth-rate"), growth);
        var chambers = new ArrayList<List<Object>>();
        d.breakdowns().chambers().forEach(c -> chambers.add(row(c.label(), c.count())));
        book.sheet(text(locale, "stats.sheet.chambers"), head(locale, "stats.chamber", "stats.count"), chambers);
        var industries = new ArrayList<List<Object>>();
        d.breakdowns().industries().forEach(c -> industries.add(row(c.key().equals("NONE") ? "" : c.key(),
                text(locale, "stats.industry." + c.key()), c.count())));
        book.sheet(text(locale, "stats.sheet.industries"), head(locale, "stats.section", "stats.industry", "stats.count"),
                industries);
        var sizes = new ArrayList<List<Object>>();
        d.breakdowns().sizes().forEach(c -> sizes.add(row(text(locale, "stats.size." + c.key()), c.count())));
        book.sheet(text(locale, "stats.sheet.sizes"), head(locale, "stats.size", "stats.count"), sizes);
        book.writeTo(out);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @SafeVarargs
    private static List<List<Object>> rows(List<Object>... rows) {
        return List.of(rows);
    }

    private List<String> head(Locale locale, String... keys) {
        return Arrays.stream(keys).map(key -> text(locale, key)).toList();
    }
}
