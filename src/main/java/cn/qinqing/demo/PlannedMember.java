package cn.qinqing.demo;

import cn.qinqing.member.MemberDraft;
import cn.qinqing.member.MemberStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * One member of the demo roll as planned: what is entered, the keys of its chambers, and what became
 * of it - active, ended today (so it counted at the end of last year), ended in an earlier year, or
 * still an application.
 */
record PlannedMember(MemberDraft draft, List<String> chambers, Fate fate, LocalDate endedOn, MemberStatus endStatus) {

    enum Fate { ACTIVE, ENDED_TODAY, FORMER, APPLIED }

    PlannedMember {
        chambers = List.copyOf(chambers);
    }
}
