package cn.qinqing.organisation;

/** The outcome of a chamber's yearly self-assessment: 达标, 基本达标, 未达标. */
public enum AssessmentLevel { MET, PARTLY_MET, NOT_MET }
