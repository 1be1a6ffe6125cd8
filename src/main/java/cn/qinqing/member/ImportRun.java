package cn.qinqing.member;

import cn.qinqing.member.ImportResult.ImportError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * One import in progress: checks each chunk of rows (in parallel - pinyin and SM4 cost most), sorts
 * the valid ones into new members and duplicates of the roll or of earlier rows, and stores them
 * through {@link ImportedRoll}. Keeps the counts, the problems and every key seen in the file.
 */
final class ImportRun {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportRun.class);

    /** Where a key was first seen: its row, and the member it is (reserved id, or the existing member). */
    private static final class Target {
        final int row;
        long id;

        Target(int row, long id) {
            this.row = row;
            this.id = id;
        }
    }

    private record Pending(Target target, ImportCandidate candidate) {
    }

    private final ImportContext context;
    private final ImportMode mode;
    private final ImportedRoll roll;
    private final MessageSource messages;
    private final Locale locale;
    private final ImportSink sink;
    private final String actor;
    private final Map<String, Target> keys = new HashMap<>();
    private final List<ImportError> errors = new ArrayList<>();
    private ImportedRoll.Numbers numbers;
    private int imported;
    private int updated;
    private int duplicates;
    private int rejected;
    private int processed;

    ImportRun(ImportContext context, ImportMode mode, ImportedRoll roll, MessageSource messages, Locale locale,
              ImportSink sink, String actor) {
        this.context = context;
        this.mode = mode;
        this.roll = roll;
        this.messages = messages;
        this.locale = locale;
        this.sink = sink;
        this.actor = actor;
    }

    /** Checks a chunk of rows in parallel; pure, so it may run while the previous chunk is stored. */
    List<ImportRowCheck.Outcome> check(List<ImportRow> rows) {
        return rows.parallelStream().map(row -> ImportRowCheck.check(row, context)).toList();
    }

    /** Sorts a checked chunk into new members, duplicates and rejections, and stores it - in file order. */
    void store(List<ImportRowCheck.Outcome> outcomes) {
        long started = System.nanoTime();
        // Sorted: the look-up probes the unique indexes in key order, leaf page after leaf page.
        var codes = new TreeSet<String>();
        var indexes = new TreeSet<String>();
        for (var outcome : outcomes) {
            var c = outcome.candidate();
            if (c != null && !keys.containsKey(c.key())) {
                if (c.member().creditCode() != null) {
                    codes.add(c.member().creditCode());
                } else {
                    indexes.add(c.sealed().idNumberIndex());
                }
            }
        }
        var existing = roll.existing(context.federationId(), List.copyOf(codes), List.copyOf(indexes));
        long looked = System.nanoTime();
        var fresh = new ArrayList<ImportCandidate>();
        var freshTargets = new ArrayList<Target>();
        var updates = new ArrayList<Pending>();
        for (var outcome : outcomes) {
            var c = outcome.candidate();
            if (c == null) {
                reject(outcome);
                continue;
            }
            var earlier = keys.get(c.key());
            if (earlier != null) {
                duplicate(outcome, earlier, true, updates);
            } else if (existing.containsKey(c.key())) {
                var target = new Target(c.row(), existing.get(c.key()));
                keys.put(c.key(), target);
                duplicate(outcome, target, false, updates);
            } else {
                var target = new Target(c.row(), 0);
                keys.put(c.key(), target);
                fresh.add(c);
                freshTargets.add(target);
            }
        }
        long sorted = System.nanoTime();
        insert(fresh, freshTargets);
        long inserted = System.nanoTime();
        roll.update(actor, updates.stream().map(p -> new ImportedRoll.Update(p.target().id, p.candidate())).toList());
        processed += outcomes.size();
        if (log.isDebugEnabled()) {
            log.debug("Stored a chunk of {} rows in {} ms: duplicates looked up {} ms, sorted {} ms, inserted {} ms",
                    outcomes.size(), ms(System.nanoTime() - started), ms(looked - started), ms(sorted - looked),
                    ms(inserted - sorted));
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private void insert(List<ImportCandidate> fresh, List<Target> targets) {
        if (fresh.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        var ids = roll.reserveIds(fresh.size());
        long idsReserved = System.nanoTime();
        if (numbers == null) {
            numbers = roll.numbers(context.federationId(), context.region(), context.today().getYear());
        }
        var block = numbers.next(fresh.size());
        log.debug("Reserved {} ids in {} ms and member numbers in {} ms", fresh.size(), ms(idsReserved - started),
                ms(System.nanoTime() - idsReserved));
        var members = new ArrayList<ImportedRoll.NewMember>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            targets.get(i).id = ids[i];
            members.add(new ImportedRoll.NewMember(ids[i], block.get(i), fresh.get(i)));
        }
        roll.insert(context.federationId(), actor, members);
        imported += fresh.size();
    }

    private void reject(ImportRowCheck.Outcome outcome) {
        rejected++;
        var reasons = new ArrayList<String>();
        for (var problem : outcome.problems()) {
            var message = message(problem.messageKey(), problem.args(), problem.column());
            errors.add(new ImportError(outcome.row().number(), problem.column().header(), message));
            reasons.add(problem.column().header() + "：" + message);
        }
        sink.handedBack(outcome.row().number(), Arrays.asList(outcome.row().cells()), String.join("；", reasons));
    }

    /** A row whose key the roll or an earlier row already has: skipped, or (upsert) applied to that member. */
    private void duplicate(ImportRowCheck.Outcome outcome, Target target, boolean ofRow, List<Pending> updates) {
        duplicates++;
        var c = outcome.candidate();
        boolean upsert = mode == ImportMode.UPSERT;
        var key = "member-import.duplicate." + (ofRow ? "row" : "roll") + (upsert ? ".updated" : ".skipped");
        var message = message(key, new Object[] {c.keyColumn().header(), target.row}, c.keyColumn());
        errors.add(new ImportError(c.row(), c.keyColumn().header(), message));
        if (upsert) {
            updated++;
            updates.add(new Pending(target, c));
        } else {
            sink.handedBack(c.row(), Arrays.asList(outcome.row().cells()), c.keyColumn().header() + "：" + message);
        }
    }

    /** The text of a message; a rule whose text no bundle has yet falls back to naming the column. */
    private String message(String key, Object[] args, ImportColumn column) {
        var text = messages.getMessage(key, args, null, locale);
        return text != null ? text
                : messages.getMessage("member-import.error.invalid", new Object[] {column.header()}, column.header(), locale);
    }

    int processed() {
        return processed;
    }

    ImportResult result() {
        return new ImportResult(imported, updated, duplicates, rejected, List.copyOf(errors));
    }

    /** The audit detail: the counts, nothing personal. */
    String summary(boolean dryRun) {
        return Map.of("imported", imported, "updated", updated, "duplicates", duplicates, "rejected", rejected)
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))
                + ", mode=" + mode.name().toLowerCase(Locale.ROOT) + (dryRun ? ", dryRun" : "");
    }
}
