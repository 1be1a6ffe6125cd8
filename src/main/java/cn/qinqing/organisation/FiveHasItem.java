package cn.qinqing.organisation;

/**
 * The items of the "五有" standard for grassroots chambers: 有牌子 (a sign), 有班子 (a working
 * team), 有场所 (an office), 有经费 (working funds), 有活动 (activities).
 */
public enum FiveHasItem { SIGN, TEAM, OFFICE, FUNDS, ACTIVITIES }
