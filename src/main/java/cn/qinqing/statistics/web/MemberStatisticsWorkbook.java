package cn.qinqing.statistics.web;

import cn.idev.excel.FastExcel;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The dashboard's figures as an .xlsx workbook: one sheet per table of the page, headers in the reader's language. */
@Component
class MemberStatisticsWorkbook {

    private final MessageSource messages;

    MemberStatisticsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    String fileName(Dashboard d, Locale locale) {
        return text(locale, "stats.file-name", d.scopeName(), d.asOf().toString()) + ".xlsx";
    }

    void write(Dashboard d, Locale locale, OutputStream out) {
        try (var writer = FastExcel.write(out).autoCloseStream(false).build()) {
            int sheet = 0;
            var s = d.summary();
            writer.write(rows(
                    row(text(locale, "stats.scope"), d.scopeName()),
                    row(text(locale, "stats.as-of"), d.asOf().toString()),
                    row(text(locale, "stats.total"), s.total()),
                    row(text(locale, "stats.type.ENTERPRISE"), s.byType().get("ENTERPRISE")),
                    row(text(locale, "stats.type.GROUP"), s.byType().get("GROUP")),
                    row(text(locale, "stats.type.INDIVIDUAL"), s.byType().get("INDIVIDUAL")),
                    row(text(locale, "stats.previous-year-end"), s.growth().previousYearEnd()),
                    row(text(locale, "stats.growth-rate"), d.growthRate() == null ? "-" : d.growthRate())),
                    FastExcel.writerSheet(sheet++, text(locale, "stats.sheet.overview"))
                            .head(head(text(locale, "stats.item"), text(locale, "stats.value"))).build());
            var balances = new ArrayList<List<Object>>();
            for (var b : d.balances()) {
                balances.add(row(text(locale, "stats.balance." + b.key()), text(locale, "stats.side." + b.manyKey()), b.many(),
                        text(locale, "stats.side." + b.fewKey()), b.few(), b.ratio()));
            }
            writer.write(balances, FastExcel.writerSheet(sheet++, text(locale, "stats.sheet.balances"))
                    .head(head(text(locale, "stats.balance"), text(locale, "stats.many-side"), text(locale, "stats.count"),
                            text(locale, "stats.few-side"), text(locale, "stats.count"), text(locale, "stats.ratio"))).build());
            var years = new ArrayList<List<Object>>();
            for (var y : d.history()) {
                var t = y.structure();
                years.add(row(y.year(), y.asOf().toString(), y.total(), y.byType().get("ENTERPRISE"), y.byType().get("GROUP"),
                        y.byType().get("INDIVIDUAL"), t.individualBusiness(), t.privateEnterprise(), t.local(), t.outOfTown(),
                        t.traditional(), t.highTech()));
            }
            writer.write(years, FastExcel.writerSheet(sheet++, text(locale, "stats.sheet.history"))
                    .head(head(text(locale, "stats.year"), text(locale, "stats.as-of"), text(locale, "stats.total"),
                            text(locale, "stats.type.ENTERPRISE"), text(locale, "stats.type.GROUP"),
                            text(locale, "stats.type.INDIVIDUAL"), text(locale, "stats.side.individual-business"),
                            text(locale, "stats.side.private-enterprise"), text(locale, "stats.side.local"),
                            text(locale, "stats.side.out-of-town"), text(locale, "stats.side.traditional"),
                            text(locale, "stats.side.high-tech"))).build());
            var growth = new ArrayList<List<Object>>();
            for (var g : d.growth()) {
                growth.add(row(g.year().year(), g.year().asOf().toString(), g.year().total(),
                        g.change() == null ? "-" : g.change(), g.rate() == null ? "-" : g.rate()));
            }
            writer.write(growth, FastExcel.writerSheet(sheet++, text(locale, "stats.sheet.growth"))
                    .head(head(text(locale, "stats.year"), text(locale, "stats.as-of"), text(locale, "stats.total"),
                            text(locale, "stats.change"), text(locale, "stats.growth-rate"))).build());
            var chambers = new ArrayList<List<Object>>();
            d.breakdowns().chambers().forEach(c -> chambers.add(row(c.label(), c.count())));
            writer.write(chambers, FastExcel.writerSheet(sheet++, text(locale, "stats.sheet.chambers"))
                    .head(head(text(locale, "stats.chamber"), text(locale, "stats.count"))).build());
            var industries = new ArrayList<List<Object>>();
            d.breakdowns().industries().forEach(c -> industries.add(row(c.key().equals("NONE") ? "" : c.key(),
                    text(locale, "stats.industry." + c.key()), c.count())));
            writer.write(industries, FastExcel.writerSheet(sheet++, text(locale, "stats.sheet.industries"))
                    .head(head(text(locale, "stats.section"), text(locale, "stats.industry"), text(locale, "stats.count"))).build());
            var sizes = new ArrayList<List<Object>>();
            d.breakdowns().sizes().forEach(c -> sizes.add(row(text(locale, "stats.size." + c.key()), c.count())));
            writer.write(sizes, FastExcel.writerSheet(sheet, text(locale, "stats.sheet.sizes"))
                    .head(head(text(locale, "stats.size"), text(locale, "stats.count"))).build());
        }
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

    private static List<List<String>> head(String... titles) {
        return Arrays.stream(titles).map(List::of).toList();
    }
}
