package cn.qinqing.appeal;

import cn.qinqing.account.RoleHolders;
import cn.qinqing.shared.security.Role;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who is told about a case (通知对象), for many cases at once. Its handlers: the liaisons of the
 * department it is transferred to and the staff member handling it; when there is neither, the staff of
 * its federation, who must take it up. Its followers: the staff member who handles it, else the
 * federation's staff (they do the follow-up call, 回访). The leaders of its federation (督办).
 */
@Component
class AppealRecipients {

    private final RoleHolders holders;

    AppealRecipients(RoleHolders holders) {
        this.holders = holders;
    }

    /** The handlers of each case, by case id. */
    Map<Long, Set<Long>> handlers(Collection<NoticeCase> cases) {
        var liaisons = holders.boundTo(Role.DEPARTMENT_LIAISON,
                cases.stream().map(NoticeCase::departmentId).filter(Objects::nonNull).distinct().toList());
        var result = new LinkedHashMap<Long, Set<Long>>();
        for (var c : cases) {
            var people = new LinkedHashSet<Long>();
            if (c.departmentId() != null) {
                people.addAll(liaisons.getOrDefault(c.departmentId(), List.of()));
            }
            if (c.handlerId() != null) {
                people.add(c.handlerId());
            }
            result.put(c.id(), people);
        }
        fillWithStaff(cases, result);
        return result;
    }

    /** The federation side of each case, who follow it up once a department answered. */
    Map<Long, Set<Long>> followers(Collection<NoticeCase> cases) {
        var result = new LinkedHashMap<Long, Set<Long>>();
        for (var c : cases) {
            var people = new LinkedHashSet<Long>();
            if (c.handlerId() != null) {
                people.add(c.handlerId());
            }
            result.put(c.id(), people);
        }
        fillWithStaff(cases, result);
        return result;
    }

    /** The leaders of each case's own federation. */
    Map<Long, Set<Long>> leaders(Collection<NoticeCase> cases) {
        var leaders = holders.inFederations(Role.LEADER,
                cases.stream().map(NoticeCase::federationId).distinct().toList());
        var result = new LinkedHashMap<Long, Set<Long>>();
        cases.forEach(c -> result.put(c.id(), new LinkedHashSet<>(leaders.getOrDefault(c.federationId(), List.of()))));
        return result;
    }

    /** The liaisons of the department the case is with, if any. */
    List<Long> liaisons(NoticeCase c) {
        return c.departmentId() == null ? List.of()
                : holders.boundTo(Role.DEPARTMENT_LIAISON, List.of(c.departmentId())).getOrDefault(c.departmentId(), List.of());
    }

    /** The accounts acting for the case's member; empty for a firm that is not a member. */
    List<Long> memberAccounts(NoticeCase c) {
        return c.memberId() == null ? List.of()
                : holders.boundTo(Role.MEMBER, List.of(c.memberId())).getOrDefault(c.memberId(), List.of());
    }

    private void fillWithStaff(Collection<NoticeCase> cases, Map<Long, Set<Long>> result) {
        var orphans = cases.stream().filter(c -> result.get(c.id()).isEmpty()).toList();
        if (orphans.isEmpty()) {
            return;
        }
        var staff = holders.inFederations(Role.STAFF, orphans.stream().map(NoticeCase::federationId).distinct().toList());
        orphans.forEach(c -> result.get(c.id()).addAll(staff.getOrDefault(c.federationId(), List.of())));
    }
}
