package cn.qinqing.member;

import java.time.LocalDate;

/** A post a member holds or held (任职): 人大代表, 政协委员, 工商联执委/常委/副主席 ..., with level and term. */
public record MemberPost(long id, String title, PostLevel level, String term, LocalDate startedOn, LocalDate endedOn) {
}
