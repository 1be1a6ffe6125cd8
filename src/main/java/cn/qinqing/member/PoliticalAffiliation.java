package cn.qinqing.member;

/** 政治面貌: 中共党员, 民主党派, 无党派人士, 群众. */
public enum PoliticalAffiliation { CPC_MEMBER, DEMOCRATIC_PARTY, NON_PARTY, MASSES }
