package cn.qinqing.audit;

/** Whether an audited action succeeded. */
public enum AuditResult { SUCCESS, FAILURE }
