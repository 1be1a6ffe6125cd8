package cn.qinqing.legalaid;

/** What a session with the panel member was: 咨询, 调解 or 代理 (a lawyer acting for the firm). */
public enum SessionKind {
    /** 咨询. */
    CONSULTATION,
    /** 调解. */
    MEDIATION,
    /** 代理: only a lawyer represents a party. */
    REPRESENTATION
}
