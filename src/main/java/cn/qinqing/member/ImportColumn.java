package cn.qinqing.member;

import java.util.List;
import java.util.Optional;

/**
 * The columns of the roll import template (会员导入模板), in their fixed order. The Chinese headers
 * are the file format itself - staff fill them in spreadsheets - so they live here, not in a bundle.
 */
public enum ImportColumn {
    TYPE("会员类型", "type"),
    NAME("名称", "name"),
    CREDIT_CODE("统一社会信用代码", "creditCode"),
    LEGAL_REPRESENTATIVE("法定代表人", "legalRepresentative"),
    ID_NUMBER("身份证号", "idNumber"),
    MOBILE("手机号", "mobile"),
    INDUSTRY("所属行业", "industry"),
    KIND("企业类型", "kind"),
    SIZE("企业规模", "size"),
    HIGH_TECH("高新技术企业", "highTech"),
    CHAMBERS("所属商会", "chamberIds"),
    JOINED_ON("入会日期", "joinedOn");

    /** The header of the extra column in the error rows file. */
    public static final String REASON_HEADER = "错误原因";

    private final String header;
    private final String field;

    ImportColumn(String header, String field) {
        this.header = header;
        this.field = field;
    }

    public String header() {
        return header;
    }

    public static List<String> headers() {
        return java.util.Arrays.stream(values()).map(ImportColumn::header).toList();
    }

    /** The column of a {@link MemberRules} field, e.g. {@code mobile} -> 手机号. */
    static Optional<ImportColumn> ofField(String field) {
        for (var column : values()) {
            if (column.field.equals(field)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
