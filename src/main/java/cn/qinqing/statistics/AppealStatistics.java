package cn.qinqing.statistics;

import cn.qinqing.appeal.AppealChannel;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appeal statistics and monthly bulletin (诉求统计通报) of the caller's federation and every
 * federation below it: cases received in a period by category, subject, channel and handling unit;
 * each unit's on-time, reply and satisfaction rates against the configured standards; overdue and
 * supervised cases; repeat grievances. Federation staff, leaders and vice-chairs only.
 */
@Service
public class AppealStatistics {

    private final AppealFigures figures;
    private final AppealNames names;
    private final AppealThresholds thresholds;
    private final MessageSource messages;
    private final Clock clock;

    AppealStatistics(AppealFigures figures, AppealNames names, AppealThresholds thresholds, MessageSource messages,
                     Clock clock) {
        this.figures = figures;
        this.names = names;
        this.thresholds = thresholds;
        this.messages = messages;
        this.clock = clock;
    }

    /** Writes only the statistics module's own cache tables (a calendar month is counted once, then kept). */
    @Transactional
    public AppealReport report(AppealPeriod period) {
        var user = reader();
        var today = today();
        var raw = figures.count(user.federationPath(), period, today);
        var units = units(raw.units());
        var total = units.stream().map(u -> u.counters()).reduce(AppealCounters.ZERO, AppealCounters::plus);
        var channels = new LinkedHashMap<String, String>();
        for (var channel : AppealChannel.values()) {
            channels.put(channel.name(), text("appeal-stats.channel." + channel.name()));
        }
        var r = raw.repeats();
        return new AppealReport(names.federations(List.of(user.federationId())).getOrDefault(user.federationId(), ""),
                period, today, thresholds,
                UnitFigures.of("ALL", text("appeal-stats.total"), UnitFigures.Kind.FEDERATION_STAFF, total, thresholds),
                units, items(names.categories(), raw.counts().get('C')), items(names.subjects(raw.counts().get('S').keySet()), raw.counts().get('S')),
                items(channels, raw.counts().get('H')),
                new AppealReport.Repeats(r.submitters(), r.cases(), r.sameSubjectSubmitters(), r.first()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Each federation's staff in the order of the tree, then the departments by cases received. */
    private List<UnitFigures> units(List<RawFigures.Unit> rows) {
        var staff = new LinkedHashMap<Long, AppealCounters>();
        var departments = new LinkedHashMap<Long, AppealCounters>();
        for (var row : rows) {
            if (row.departmentId() == 0) {
                staff.merge(row.federationId(), row.counters(), AppealCounters::plus);
            } else {
                departments.merge(row.departmentId(), row.counters(), AppealCounters::plus);
            }
        }
        var units = new ArrayList<UnitFigures>();
        names.federations(staff.keySet()).forEach((id, name) -> units.add(UnitFigures.of("F" + id,
                text("appeal-stats.unit.staff", name), UnitFigures.Kind.FEDERATION_STAFF, staff.get(id), thresholds)));
        var transferred = new ArrayList<UnitFigures>();
        names.departments(departments.keySet()).forEach((id, name) -> transferred.add(UnitFigures.of("D" + id, name,
                UnitFigures.Kind.DEPARTMENT, departments.get(id), thresholds)));
        transferred.sort(Comparator.comparingLong((UnitFigures u) -> -u.counters().received()));
        units.addAll(transferred);
        return List.copyOf(units);
    }

    /** Every known code in the registry's order with its count (0 when none), then codes the registry lacks. */
    private static List<AppealReport.CountItem> items(Map<String, String> known, Map<String, Long> counts) {
        var items = new ArrayList<AppealReport.CountItem>();
        known.forEach((code, name) -> items.add(new AppealReport.CountItem(code, name, counts.getOrDefault(code, 0L))));
        counts.forEach((code, cases) -> {
            if (!known.containsKey(code)) {
                items.add(new AppealReport.CountItem(code, code, cases));
            }
        });
        return List.copyOf(items);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** Only accounts that see a federation's cases see its statistics; administrators see none. */
    private static QinqingUser reader() {
        var user = CurrentUser.get();
        if (!(user.has(Role.STAFF) || user.has(Role.LEADER) || user.has(Role.VICE_CHAIR)) || user.federationPath() == null) {
            throw new AccessDeniedException("no federation scope for appeal statistics");
        }
        return user;
    }
}
