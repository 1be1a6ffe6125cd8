package cn.qinqing.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks one import row: the cells are trimmed and decoded (会员类型, 企业类型, 企业规模, 是/否,
 * chamber names, dates), then {@link MemberRules} decides as it does for every other way in.
 * Pure and thread-safe, so rows are checked in parallel.
 */
final class ImportRowCheck {

    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern CHAMBER_SEPARATOR = Pattern.compile("[、,，;；]");
    private static final int EARLIEST_YEAR = 1950;
    private static final int MAX_CHAMBERS = 20;

    private ImportRowCheck() {
    }

    /** Either a candidate ready to store, or the problems found (several per row when there are several). */
    record Outcome(ImportRow row, ImportCandidate candidate, List<ImportProblem> problems) {
    }

    static Outcome check(ImportRow row, ImportContext context) {
        var problems = new ArrayList<ImportProblem>();
        var type = decode(row, ImportColumn.TYPE, problems, RollVocabulary::type, true);
        boolean organisation = type == null || type.organisation();
        var industry = decode(row, ImportColumn.INDUSTRY, problems, Industry::parse, false);
        OrganisationKind kind = null;
        EnterpriseSize size = null;
        Boolean highTech = null;
        if (organisation) {
            kind = decode(row, ImportColumn.KIND, problems, RollVocabulary::kind, false);
            size = decode(row, ImportColumn.SIZE, problems, RollVocabulary::size, false);
            highTech = decode(row, ImportColumn.HIGH_TECH, problems, RollVocabulary::yesNo, false);
        }
        var chamberIds = chambers(row, context, problems);
        var joinedOn = date(row, problems);
        var keyColumn = organisation ? ImportColumn.CREDIT_CODE : ImportColumn.ID_NUMBER;
        boolean mangled = type != null && row.mangledNumber(keyColumn);
        if (mangled) {
            problems.add(new ImportProblem(keyColumn, "member-import.error.numeric", keyColumn.header()));
        }
        if (type == null) {
            return new Outcome(row, null, problems);
        }
        var draft = new MemberDraft(type, clean(row.cell(ImportColumn.NAME)),
                organisation ? clean(row.cell(ImportColumn.CREDIT_CODE)) : null,
                organisation ? clean(row.cell(ImportColumn.LEGAL_REPRESENTATIVE)) : null,
                organisation ? null : clean(row.cell(ImportColumn.ID_NUMBER)),
                clean(row.cell(ImportColumn.MOBILE)), industry, kind, size, Boolean.TRUE.equals(highTech),
                null, null, null, null, null, joinedOn);
        var outcome = MemberRules.check(draft, context.region(), context.today(), clean(row.cell(ImportColumn.JOINED_ON)) == null);
        for (var error : outcome.errors()) {
            var column = ImportColumn.ofField(error.field()).orElse(ImportColumn.NAME);
            if (column == keyColumn && mangled) {
                continue;
            }
            problems.add(new ImportProblem(column, error.messageKey(), error.args()));
        }
        if (!problems.isEmpty()) {
            return new Outcome(row, null, problems);
        }
        var checked = outcome.member();
        int given = 0;
        for (var column : ImportColumn.values()) {
            if (clean(row.cell(column)) != null) {
                given |= 1 << column.ordinal();
            }
        }
        var candidate = new ImportCandidate(row.number(), checked, SealedPersonalData.seal(checked, context.cipher()),
                SearchTerms.of(checked.name()), chamberIds, given);
        return new Outcome(row, candidate, List.of());
    }

    private static <T> T decode(ImportRow row, ImportColumn column, List<ImportProblem> problems,
                                java.util.function.Function<String, java.util.Optional<T>> parser, boolean required) {
        var text = clean(row.cell(column));
        if (text == null) {
            if (required) {
                problems.add(new ImportProblem(column, "member-import.error.required", column.header()));
            }
            return null;
        }
        var value = parser.apply(text);
        if (value.isEmpty()) {
            problems.add(new ImportProblem(column, "member-import.error." + column.name().toLowerCase().replace('_', '-'),
                    text));
            return null;
        }
        return value.get();
    }

    private static List<Long> chambers(ImportRow row, ImportContext context, List<ImportProblem> problems) {
        var text = clean(row.cell(ImportColumn.CHAMBERS));
        if (text == null) {
            return List.of();
        }
        var ids = new LinkedHashSet<Long>();
        for (var part : CHAMBER_SEPARATOR.split(text)) {
            var name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            var id = context.chambersByName().get(name);
            if (id == null) {
                problems.add(new ImportProblem(ImportColumn.CHAMBERS, "member-import.error.chamber.unknown", name));
            } else if (id == ImportContext.AMBIGUOUS) {
                problems.add(new ImportProblem(ImportColumn.CHAMBERS, "member-import.error.chamber.ambiguous", name));
            } else {
                ids.add(id);
            }
        }
        if (ids.size() > MAX_CHAMBERS) {
            problems.add(new ImportProblem(ImportColumn.CHAMBERS, "member-import.error.chamber.too-many", MAX_CHAMBERS));
        }
        return List.copyOf(ids);
    }

    /** yyyy-MM-dd (also / . 年月日 and yyyyMMdd); an Excel date cell arrives here already as yyyy-MM-dd. */
    private static LocalDate date(ImportRow row, List<ImportProblem> problems) {
        var text = clean(row.cell(ImportColumn.JOINED_ON));
        if (text == null) {
            return null;
        }
        var matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            matcher = COMPACT_DATE.matcher(text);
        }
        if (matcher.matches()) {
            try {
                var date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
                if (date.getYear() >= EARLIEST_YEAR) {
                    return date;
                }
                problems.add(new ImportProblem(ImportColumn.JOINED_ON, "member-import.error.joined-on.too-early", text));
                return null;
            } catch (DateTimeException e) {
                // falls through to "unparseable": 2023-02-30 is no date
            }
        }
        problems.add(new ImportProblem(ImportColumn.JOINED_ON, "member-import.error.joined-on.unparseable", text));
        return null;
    }

    /** Trimmed, with no-break and ideographic spaces counted as spaces; empty becomes null. */
    static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        var text = cell.replace('\u00A0', ' ').strip();
        return text.isEmpty() ? null : text;
    }
}
