package cn.qinqing.member;

/** 职务级别: the level of the body a post belongs to (国家级, 省级, 市级, 区县级). */
public enum PostLevel { NATIONAL, PROVINCE, CITY, DISTRICT }
