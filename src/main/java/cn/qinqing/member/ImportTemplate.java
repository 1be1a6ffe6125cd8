package cn.qinqing.member;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * The import template (导入模板): one sheet, the twelve headers in row 1, drop-down lists where
 * the values are fixed, and an input hint on every column. Codes, ID numbers and mobiles are text
 * columns, so a spreadsheet does not turn them into rounded numbers.
 */
final class ImportTemplate {

    static final String SHEET = "会员名册";
    private static final int ROWS_WITH_HINTS = MemberImport.MAX_ROWS;
    private static final Set<ImportColumn> TEXT = Set.of(ImportColumn.CREDIT_CODE, ImportColumn.ID_NUMBER,
            ImportColumn.MOBILE);

    private ImportTemplate() {
    }

    static List<XlsxWriter.Column> columns() {
        var columns = new ArrayList<XlsxWriter.Column>();
        for (var column : ImportColumn.values()) {
            int width = switch (column) {
                case NAME, CHAMBERS -> 30;
                case CREDIT_CODE, ID_NUMBER -> 22;
                case MOBILE, INDUSTRY, KIND, JOINED_ON -> 14;
                default -> 12;
            };
            columns.add(new XlsxWriter.Column(column.header(), width, TEXT.contains(column)));
        }
        return columns;
    }

    static void write(OutputStream out, MessageSource messages, Locale locale) throws IOException {
        try (var writer = new XlsxWriter(out, SHEET, columns())) {
            for (var column : ImportColumn.values()) {
                var hint = messages.getMessage("member-import.template.hint." + column.name(), null, null, locale);
                writer.validation(column.ordinal(), choices(column), hint, ROWS_WITH_HINTS);
            }
        }
    }

    private static List<String> choices(ImportColumn column) {
        return switch (column) {
            case TYPE -> List.of(RollVocabulary.of(MemberType.ENTERPRISE), RollVocabulary.of(MemberType.GROUP),
                    RollVocabulary.of(MemberType.INDIVIDUAL));
            case KIND -> java.util.Arrays.stream(OrganisationKind.values()).map(RollVocabulary::of).toList();
            case SIZE -> java.util.Arrays.stream(EnterpriseSize.values()).map(RollVocabulary::of).toList();
            case HIGH_TECH -> List.of(RollVocabulary.YES, RollVocabulary.NO);
            default -> List.of();
        };
    }
}
