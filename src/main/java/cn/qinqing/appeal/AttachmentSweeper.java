package cn.qinqing.appeal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes attachment files that no row refers to, once they are a day old: temporary files of
 * uploads that never finished, and files moved into place by a transaction that then failed (a crash
 * between the move and the commit). Younger files may belong to a transaction still running.
 */
@Component
class AttachmentSweeper {

    private static final Logger log = LoggerFactory.getLogger(AttachmentSweeper.class);
    private static final Duration GRACE = Duration.ofDays(1);
    private static final int BATCH = 500;

    private final AttachmentStore store;
    private final AttachmentRepository attachments;
    private final Clock clock;

    AttachmentSweeper(AttachmentStore store, AttachmentRepository attachments, Clock clock) {
        this.store = store;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Scheduled(cron = "${qinqing.appeal.attachments.sweep-cron:0 40 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "appeal-attachment-sweep", lockAtMostFor = "PT30M")
    public void sweep() {
        if (!Files.isDirectory(store.root())) {
            return;
        }
        var cutoff = clock.instant().minus(GRACE);
        var candidates = new ArrayList<Path>();
        int removed = 0;
        try (var files = Files.walk(store.root(), 3)) {
            for (var file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (Files.getLastModifiedTime(file).toInstant().isAfter(cutoff)) {
                    continue;
                }
                var name = file.getFileName().toString();
                if (name.endsWith(AttachmentStore.PART)) {
                    AttachmentStore.delete(file);
                    removed++;
                } else if (AttachmentStore.STORAGE_NAME.matcher(name).matches()) {
                    candidates.add(file);
                    if (candidates.size() == BATCH) {
                        removed += removeUnknown(candidates);
                        candidates.clear();
                    }
                }
            }
            removed += removeUnknown(candidates);
        } catch (IOException e) {
            log.warn("Attachment sweep stopped: {}", e.toString());
        }
        if (removed > 0) {
            log.info("Attachment sweep removed {} unreferenced files", removed);
        }
    }

    private int removeUnknown(List<Path> files) {
        var known = attachments.known(files.stream().map(f -> f.getFileName().toString()).toList());
        int removed = 0;
        for (var file : files) {
            if (!known.contains(file.getFileName().toString())) {
                AttachmentStore.delete(file);
                removed++;
            }
        }
        return removed;
    }
}
