package cn.qinqing.appeal;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time limits (办理时限) kept by a daily job. On each working day it tells the handlers of cases due on the
 * next working day (即将到期); reminds the handlers of cases past their due date (催办: the first working
 * day after it); and sends cases still open five working days after that to the leaders of their
 * federation for supervision (督办). Each case once per due date: running again the same day does
 * nothing, and a day the job missed is made up by the next run. Nothing happens on days off - a case due
 * on 30 September 2026 is reminded on 8 October, after the national-day holiday.
 *
 * <p>Daily at 08:30 China time by default ({@code qinqing.appeal.deadlines.cron}): the rules count whole
 * working days, so one run at the start of office hours is enough and the notices arrive when people
 * start work; running more often would find nothing new. ShedLock keeps several instances from running it
 * together. Work goes in batches, each one transaction that marks the cases, records the steps, audits
 * the batch and writes the notices to the outbox: a crash loses no notice and repeats none.
 */
@Service
public class AppealDeadlines {

    /** Working days after the reminder day until the case goes to the leaders. */
    static final int SUPERVISE_AFTER = 5;
    private static final Logger log = LoggerFactory.getLogger(AppealDeadlines.class);
    /**
     * After marking this many cases the planner's statistics of {@code appeal} are refreshed at once:
     * they still said "no case is supervised", and the supervision list planned on that took
     * 240-770 ms instead of 1-20 ms until autovacuum's next analyze (measured at 200k and 1M cases).
     */
    static final int REFRESH_STATISTICS_AFTER = 1_000;

    private final AppealDeadlineStore store;
    private final AppealRecipients recipients;
    private final AppealNotifier notifier;
    private final NoticeTexts texts;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;

    AppealDeadlines(AppealDeadlineStore store, AppealRecipients recipients, AppealNotifier notifier,
                    NoticeTexts texts, WorkingCalendar calendar, AuditLog audit, TransactionTemplate transactions,
                    Clock clock, @Value("${qinqing.appeal.deadlines.batch-size:10000}") int batchSize) {
        this.store = store;
        this.recipients = recipients;
        this.notifier = notifier;
        this.texts = texts;
        this.calendar = calendar;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(cron = "${qinqing.appeal.deadlines.cron:0 30 8 * * *}", zone = "${qinqing.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "appeal-deadlines", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        runFor(LocalDate.now(clock));
    }

    /** Does the day's work for {@code today} (tests and operators choose the day). */
    public DeadlineReport runFor(LocalDate today) {
        if (!calendar.isWorkingDay(today)) {
            return new DeadlineReport(today, false, 0, 0, 0);
        }
        var actor = texts.text("appeal.deadline.actor");
        var next = calendar.addWorkingDays(today, 1);
        var cutoff = DeadlineDays.nthBack(calendar, today, SUPERVISE_AFTER + 1);
        long start = System.nanoTime();
        int dueSoon = batches("APPEAL_DUE_SOON", today, () -> store.dueSoon(today, next, batchSize), cases ->
                notifier.deadline("due-soon", byRecipient(cases, recipients.handlers(cases)), "/appeals",
                        c -> new Object[] {c.trackingNumber(), c.categoryName(), NoticeTexts.date(c.dueOn())}));
        long dueSoonDone = System.nanoTime();
        int reminded = remindAll(today, actor);
        long remindedDone = System.nanoTime();
        int supervised = batches("APPEAL_SUPERVISE", today, () -> store.supervise(today, cutoff, actor, batchSize),
                cases -> notifier.deadline("supervised", byRecipient(cases, union(recipients.handlers(cases),
                                recipients.leaders(cases))), "/appeals/supervision",
                        c -> new Object[] {c.trackingNumber(), c.categoryName(), NoticeTexts.date(c.dueOn()),
                                texts.stage(c), calendar.workingDaysBetween(c.dueOn(), today)}));
        long supervisedDone = System.nanoTime();
        if (reminded + supervised >= REFRESH_STATISTICS_AFTER) {
            store.refreshStatistics();
        }
        log.info("Appeal deadlines {}: due-soon {} in {} ms, reminded {} in {} ms, supervised {} in {} ms, analyze {} ms",
                today, dueSoon, (dueSoonDone - start) / 1_000_000, reminded, (remindedDone - dueSoonDone) / 1_000_000,
                supervised, (supervisedDone - remindedDone) / 1_000_000, (System.nanoTime() - supervisedDone) / 1_000_000);
        return new DeadlineReport(today, true, dueSoon, reminded, supervised);
    }

    /** Reminds the overdue cases that wait for it, {@code batchSize} a transaction; returns the cases reminded. */
    private int remindAll(LocalDate today, String actor) {
        var ids = store.toRemind(today);
        int total = 0;
        for (int from = 0; from < ids.length; from += batchSize) {
            var batch = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + batchSize));
            total += markAndNotify("APPEAL_REMIND", today, () -> store.remind(today, actor, batch), cases ->
                    notifier.deadline("reminded", byRecipient(cases, recipients.handlers(cases)), "/appeals?overdue=true",
                            c -> new Object[] {c.trackingNumber(), c.categoryName(), NoticeTexts.date(c.dueOn()),
                                    texts.stage(c)}));
        }
        return total;
    }

    /** Runs one kind of work batch by batch until a batch comes back short; returns the cases done. */
    private int batches(String action, LocalDate today, Supplier<List<NoticeCase>> mark,
                        Consumer<List<NoticeCase>> notify) {
        int total = 0;
        while (true) {
            int done = markAndNotify(action, today, mark, notify);
            total += done;
            if (done < batchSize) {
                return total;
            }
        }
    }

    /** One transaction: marks cases, tells the people concerned, audits the batch; returns the cases marked. */
    private int markAndNotify(String action, LocalDate today, Supplier<List<NoticeCase>> mark,
                              Consumer<List<NoticeCase>> notify) {
        return transactions.execute(status -> {
            var cases = mark.get();
            if (!cases.isEmpty()) {
                notify.accept(cases);
                audit.recordFor("system", null, action, "APPEAL", null, AuditResult.SUCCESS,
                        "%s: %d cases, first %d, last %d".formatted(today, cases.size(), cases.get(0).id(),
                                cases.get(cases.size() - 1).id()));
            }
            return cases.size();
        });
    }

    private static Map<Long, List<NoticeCase>> byRecipient(List<NoticeCase> cases, Map<Long, Set<Long>> people) {
        var result = new LinkedHashMap<Long, List<NoticeCase>>();
        for (var c : cases) {
            for (var account : people.getOrDefault(c.id(), Set.of())) {
                result.computeIfAbsent(account, k -> new ArrayList<>()).add(c);
            }
        }
        return result;
    }

    private static Map<Long, Set<Long>> union(Map<Long, Set<Long>> a, Map<Long, Set<Long>> b) {
        var result = new LinkedHashMap<Long, Set<Long>>();
        a.forEach((id, people) -> result.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(people));
        b.forEach((id, people) -> result.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(people));
        return result;
    }
}
