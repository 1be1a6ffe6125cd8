package cn.qinqing.statistics;

import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.Industry;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.ValidationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member structure dashboard (会员结构统计): figures over the roll within the caller's scope.
 * Federation staff, leaders and vice-chairs see their federation and those below it; a chamber
 * secretary sees its chamber's members; administrators see nothing.
 */
@Service
public class MemberStatistics {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int MAX_YEARS = 30;
    private static final Map<EnterpriseSize, String> SIZES = Map.of(EnterpriseSize.LARGE, "大型",
            EnterpriseSize.MEDIUM, "中型", EnterpriseSize.SMALL, "小型", EnterpriseSize.MICRO, "微型");

    private final MemberFigures figures;

    MemberStatistics(MemberFigures figures) {
        this.figures = figures;
    }

    /** Active members now, by type, growth since the end of last year, the "三多三少" sides. */
    @Transactional
    public MemberSummary summary() {
        var scope = scope();
        var today = today();
        var figures = this.figures.asOf(scope, List.of(FiguresCache.NOW, previousYearEnd(today)), today);
        return summaryOf(figures.get(0), figures.get(1).total());
    }

    /**
     * The last {@code years} years, oldest first: each past year as of 31 December, the current
     * year as of today (its active members). Writes only the statistics module's own cache.
     */
    @Transactional
    public List<YearFigures> history(int years) {
        var today = today();
        var days = historyDays(years, today);
        return figures.asOf(scope(), days, today);
    }

    /**
     * The dashboard's figures in one transaction: the summary, the last {@code years} years and the
     * breakdowns, the same as {@link #summary()}, {@link #history(int)} and {@link #breakdowns()}
     * would answer, but with the cache checked (and a changed federation recounted) once for all
     * their days rather than once per part.
     */
    @Transactional
    public MemberOverview overview(int years) {
        var today = today();
        var days = historyDays(years, today);
        var scope = scope();
        var keys = new ArrayList<>(days);
        if (!keys.contains(previousYearEnd(today))) {
            keys.add(previousYearEnd(today));
        }
        var all = figures.asOf(scope, keys, today);
        var history = List.copyOf(all.subList(0, days.size()));
        var previous = all.get(keys.indexOf(previousYearEnd(today))).total();
        return new MemberOverview(summaryOf(history.get(history.size() - 1), previous), history,
                labelled(figures.breakdowns(scope)));
    }

    /** The year ends of the last {@code years} years before this one, oldest first, then "now". */
    private static List<LocalDate> historyDays(int years, LocalDate today) {
        if (years < 1 || years > MAX_YEARS) {
            throw new ValidationException("years", "stats.years.range", MAX_YEARS);
        }
        var days = new ArrayList<LocalDate>();
        for (int year = today.getYear() - years + 1; year < today.getYear(); year++) {
            days.add(LocalDate.of(year, 12, 31));
        }
        days.add(FiguresCache.NOW);
        return days;
    }

    private static LocalDate previousYearEnd(LocalDate today) {
        return LocalDate.of(today.getYear() - 1, 12, 31);
    }

    private static MemberSummary summaryOf(YearFigures now, long previousYearEnd) {
        return new MemberSummary(now.total(), now.byType(), Growth.of(now.total(), previousYearEnd), now.structure());
    }

    /**
     * Active members by chamber; organisation members by industry section (A-T, then none) and by
     * size. Writes only the statistics module's own cache.
     */
    @Transactional
    public Breakdowns breakdowns() {
        return labelled(figures.breakdowns(scope()));
    }

    /** The counts as the dashboard shows them: every section and size in order, with its Chinese name. */
    static Breakdowns labelled(BreakdownCounts counts) {
        var industries = new ArrayList<Breakdowns.Count>();
        for (var industry : Industry.values()) {
            industries.add(new Breakdowns.Count(industry.name(), industry.chineseName(),
                    counts.industries().getOrDefault(industry.name(), 0L)));
        }
        industries.add(new Breakdowns.Count("NONE", "未填", counts.industries().getOrDefault(null, 0L)));
        var sizes = new ArrayList<Breakdowns.Count>();
        for (var size : EnterpriseSize.values()) {
            sizes.add(new Breakdowns.Count(size.name(), SIZES.get(size), counts.sizes().getOrDefault(size.name(), 0L)));
        }
        sizes.add(new Breakdowns.Count("NONE", "未填", counts.sizes().getOrDefault(null, 0L)));
        return new Breakdowns(counts.chambers(), List.copyOf(industries), List.copyOf(sizes));
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /**
     * The caller's scope. Only business roles have one; a chamber secretary whose grant names no
     * chamber gets nothing rather than the whole federation.
     */
    private static DataScope scope() {
        var user = CurrentUser.get();
        if (!readsRoll(user)) {
            throw new AccessDeniedException("no business data scope");
        }
        return user.scope();
    }

    /** Whether the account sees part of the roll: federation staff, leaders, vice-chairs, a chamber's secretary. */
    static boolean readsRoll(QinqingUser user) {
        var scope = user.scope();
        boolean federationWide = user.has(Role.STAFF) || user.has(Role.LEADER) || user.has(Role.VICE_CHAIR);
        return !scope.none() && (federationWide || scope.singleChamber());
    }
}
