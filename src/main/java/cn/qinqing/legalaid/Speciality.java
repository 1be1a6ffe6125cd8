package cn.qinqing.legalaid;

/**
 * What a panel member takes on (擅长领域), named like the subjects of grievances so a case's
 * subject points to the right people.
 */
public enum Speciality {
    /** 拖欠账款. */
    UNPAID_DEBTS,
    /** 行政执法. */
    LAW_ENFORCEMENT,
    /** 融资. */
    FINANCING,
    /** 知识产权. */
    INTELLECTUAL_PROPERTY,
    /** 合同纠纷. */
    CONTRACT_DISPUTE,
    /** 劳动纠纷. */
    LABOUR_DISPUTE,
    /** 政策咨询. */
    POLICY_ADVICE,
    /** 其他. */
    OTHER;

    /**
     * The speciality that suits a case of this subject (the appeal module's subject codes); subjects
     * staff add later suit {@link #OTHER}.
     */
    public static Speciality forSubject(String subjectCode) {
        return switch (subjectCode == null ? "" : subjectCode) {
            case "ARREARS" -> UNPAID_DEBTS;
            case "ADMIN_ENFORCEMENT" -> LAW_ENFORCEMENT;
            case "FINANCING" -> FINANCING;
            case "INTELLECTUAL_PROPERTY" -> INTELLECTUAL_PROPERTY;
            case "CONTRACT" -> CONTRACT_DISPUTE;
            case "LABOUR" -> LABOUR_DISPUTE;
            case "POLICY" -> POLICY_ADVICE;
            default -> OTHER;
        };
    }
}
