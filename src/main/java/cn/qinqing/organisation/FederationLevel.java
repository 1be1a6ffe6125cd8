package cn.qinqing.organisation;

/** Levels of the federation tree: 全国, 省级, 市级, 县区级. */
public enum FederationLevel { NATIONAL, PROVINCE, CITY, DISTRICT }
