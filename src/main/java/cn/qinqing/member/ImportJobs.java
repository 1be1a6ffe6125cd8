package cn.qinqing.member;

import cn.qinqing.shared.security.CurrentUser;
import jakarta.annotation.PreDestroy;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Imports started from the page, by the token the page was given: how far each has read (the page
 * polls it), and the rows it handed back, kept in a temp file so the user can download them as a
 * spreadsheet with a 错误原因 column, fix them and import them again. Each user sees only their
 * own; kept for two hours. Nothing of it is in the database: it is the user's own upload.
 */
@Component
public class ImportJobs {

    private static final Pattern TOKEN = Pattern.compile("^[0-9a-f-]{36}$");
    private static final Duration KEPT = Duration.ofHours(2);
    private static final int MAX_JOBS = 200;

    /** Progress as the page shows it. */
    public record Progress(int estimatedRows, int rowsRead, int rowsProcessed, boolean finished, int handedBack) {
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final MessageSource messages;

    ImportJobs(MessageSource messages) {
        this.messages = messages;
    }

    public static boolean validToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** Starts recording an import under the token for the current user; close it when the import ends. */
    public Recording open(String token) {
        if (!validToken(token)) {
            throw new IllegalArgumentException("bad import token");
        }
        sweep();
        var job = new Job(CurrentUser.get().username());
        var previous = jobs.put(token, job);
        if (previous != null) {
            previous.delete();
        }
        return new Recording(job);
    }

    public Optional<Progress> progress(String token) {
        return own(token).map(Job::progress);
    }

    /** Writes the handed-back rows of the current user's import as .xlsx; empty when there is no such import. */
    public boolean writeHandedBack(String token, Locale locale, OutputStream out) throws IOException {
        var job = own(token).filter(j -> j.finished && j.file != null);
        if (job.isEmpty()) {
            return false;
        }
        var columns = new ArrayList<>(ImportTemplate.columns());
        columns.add(new XlsxWriter.Column(ImportColumn.REASON_HEADER, 50, false));
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(job.get().file)));
             var writer = new XlsxWriter(out, ImportTemplate.SHEET, columns)) {
            while (true) {
                int row;
                try {
                    row = in.readInt();
                } catch (EOFException end) {
                    break;
                }
                var cells = new ArrayList<String>(columns.size());
                for (int i = 0; i < ImportColumn.values().length; i++) {
                    cells.add(readText(in));
                }
                cells.add(messages.getMessage("member-import.errors.reason", new Object[] {row, readText(in)}, locale));
                writer.row(cells);
            }
        }
        return true;
    }

    private Optional<Job> own(String token) {
        if (!validToken(token)) {
            return Optional.empty();
        }
        var user = CurrentUser.get().username();
        return Optional.ofNullable(jobs.get(token)).filter(job -> job.username.equals(user));
    }

    private void sweep() {
        var cutoff = Instant.now().minus(KEPT);
        jobs.entrySet().removeIf(e -> {
            boolean old = e.getValue().started.isBefore(cutoff) || jobs.size() > MAX_JOBS && e.getValue().finished;
            if (old) {
                e.getValue().delete();
            }
            return old;
        });
    }

    @PreDestroy
    void deleteAll() {
        jobs.values().forEach(Job::delete);
        jobs.clear();
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static final class Job {
        final String username;
        final Instant started = Instant.now();
        volatile int estimated;
        volatile int read;
        volatile int processed;
        volatile int handedBack;
        volatile boolean finished;
        volatile Path file;

        Job(String username) {
            this.username = username;
        }

        Progress progress() {
            return new Progress(estimated, read, processed, finished, handedBack);
        }

        void delete() {
            var path = file;
            if (path != null) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // a temp file the system cleans up anyway
                }
            }
        }
    }

    /** The sink of one page import: progress and handed-back rows; close it when the import is over. */
    public static final class Recording implements ImportSink, AutoCloseable {
        private final Job job;
        private DataOutputStream out;

        private Recording(Job job) {
            this.job = job;
        }

        @Override
        public void started(int estimatedRows) {
            job.estimated = estimatedRows;
        }

        @Override
        public void progress(int rowsRead, int rowsProcessed) {
            job.read = rowsRead;
            job.processed = rowsProcessed;
        }

        @Override
        public void handedBack(int row, List<String> cells, String reason) {
            try {
                if (out == null) {
                    job.file = Files.createTempFile("qinqing-import-errors-", ".bin");
                    out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(job.file)));
                }
                out.writeInt(row);
                for (int i = 0; i < ImportColumn.values().length; i++) {
                    writeText(i < cells.size() ? cells.get(i) : null);
                }
                writeText(reason);
                job.handedBack++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void writeText(String text) throws IOException {
            if (text == null) {
                out.writeInt(-1);
                return;
            }
            var bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        /** The import failed and was rolled back: its handed-back rows mean nothing any more. */
        public void discard() {
            close();
            job.delete();
            job.file = null;
        }

        /** Marks the import over: the handed-back rows become downloadable. */
        @Override
        public void close() {
            try {
                if (out != null) {
                    out.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                job.finished = true;
            }
        }
    }
}
