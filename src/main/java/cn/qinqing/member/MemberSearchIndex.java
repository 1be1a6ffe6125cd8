package cn.qinqing.member;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Merges the search indexes' pending lists after an import (see ImportedRoll.deferSearchTerms), on a thread of its own: the
 * import only appended its rows' search terms, so it commits without waiting for the merge, and
 * searches read the pending list until it is merged (correct, a little slower). One merge at a
 * time; a request while one waits to start is folded into it.
 */
@Component
class MemberSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(MemberSearchIndex.class);
    static final String[] INDEXES = {"member_search_terms_idx", "member_search_text_idx"};

    private final JdbcTemplate jdbc;
    private final ExecutorService merger = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "member-search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    MemberSearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Asks for the pending lists to be merged soon; returns at once. */
    void mergeLater() {
        if (queued.compareAndSet(false, true)) {
            merger.execute(() -> {
                queued.set(false);
                merge();
            });
        }
    }

    /** Merges both pending lists now (bulk: sorted in up to 128 MB rather than the session's 4 MB work_mem). */
    long merge() {
        long started = System.nanoTime();
        try {
            long pages = jdbc.execute((ConnectionCallback<Long>) connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("set maintenance_work_mem = '128MB'");
                    try {
                        long merged = 0;
                        for (var index : INDEXES) {
                            try (var rs = statement.executeQuery("select gin_clean_pending_list('" + index + "')")) {
                                merged += rs.next() ? rs.getLong(1) : 0;
                            }
                        }
                        return merged;
                    } finally {
                        // The pooled connection goes back with the server's own setting.
                        statement.execute("reset maintenance_work_mem");
                    }
                }
            });
            log.debug("Merged {} pending pages of the member search indexes in {} ms", pages,
                    (System.nanoTime() - started) / 1_000_000);
            return pages;
        } catch (RuntimeException e) {
            // Not lost: autovacuum merges the lists too, and searches read them meanwhile.
            log.warn("Merging the member search indexes' pending lists failed; autovacuum will do it", e);
            return 0;
        }
    }

    @PreDestroy
    void stop() {
        merger.shutdownNow();
    }
}
