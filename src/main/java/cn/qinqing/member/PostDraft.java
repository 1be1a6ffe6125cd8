package cn.qinqing.member;

import java.time.LocalDate;

/** A post as entered, before {@link MemberRecordService#addPost} checks it. */
public record PostDraft(String title, PostLevel level, String term, LocalDate startedOn, LocalDate endedOn) {
}
