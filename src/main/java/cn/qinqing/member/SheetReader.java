package cn.qinqing.member;

import cn.idev.excel.FastExcel;
import cn.idev.excel.cache.selector.SimpleReadCacheSelector;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.enums.ReadDefaultReturnEnum;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Streams the first sheet of an import file on its own thread (fastexcel's SAX reader), handing
 * rows over in chunks through a small bounded queue: parsing overlaps checking and storing, and
 * at most a few chunks are ever in memory. Row 1 must be the template's header.
 */
final class SheetReader implements AutoCloseable {

    static final int CHUNK = 5_000;
    /**
     * Up to this size (MB of XML) the shared strings - each distinct text of the file - are held in
     * memory; fastexcel's default of 5 MB sends a 100,000-row roll (every name, code and mobile is
     * distinct) to its disk cache, which made reading several times slower. A 100,000-row roll has
     * some 12 MB; 24 MB covers the 200,000 rows an import may have and is at most some 80 MB of heap
     * even for a table of tiny strings; larger tables still go to disk.
     */
    static final long SHARED_STRINGS_IN_MEMORY_MB = 24;

    /** What the reader hands over: rows, the end, or why it stopped. */
    sealed interface Item permits Rows, End, Failed {
    }

    record Rows(List<ImportRow> rows) implements Item {
    }

    record End() implements Item {
    }

    record Failed(RuntimeException cause) implements Item {
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(2);
    private final AtomicInteger rowsRead = new AtomicInteger();
    private final Path file;
    private final int maxRows;
    private volatile boolean cancelled;
    private Thread thread;

    SheetReader(Path file, int maxRows) {
        this.file = file;
        this.maxRows = maxRows;
    }

    SheetReader start() {
        thread = new Thread(this::read, "member-import-reader");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    Item next() throws InterruptedException {
        return queue.take();
    }

    int rowsRead() {
        return rowsRead.get();
    }

    /** Stops the reader (when storing failed) and waits for its thread. */
    @Override
    public void close() {
        cancelled = true;
        queue.clear();
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void read() {
        try {
            FastExcel.read(file.toFile(), new Listener())
                    .readCacheSelector(new SimpleReadCacheSelector(SHARED_STRINGS_IN_MEMORY_MB, 20))
                    .readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA)
                    .ignoreEmptyRow(true)
                    .sheet(0).headRowNumber(1).doRead();
            hand(new End());
        } catch (Stopped e) {
            // cancelled by the consumer: nobody waits for more
        } catch (RuntimeException e) {
            var refused = refusal(e);
            if (!cancelled) {
                queue.clear();
                queue.offer(new Failed(refused));
            }
        }
    }

    /** A refusal the listener raised, or "unreadable" for anything the parser choked on (a DOCTYPE, broken XML). */
    private static RuntimeException refusal(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportRefusedException refused) {
                return refused;
            }
            if (cause instanceof Stopped stopped) {
                return stopped;
            }
        }
        return new ImportRefusedException("member-import.refused.unreadable");
    }

    private void hand(Item item) {
        try {
            while (!queue.offer(item, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** The consumer went away; the reader ends quietly. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final class Listener implements ReadListener<Map<Integer, ReadCellData<?>>> {
        private final int width = ImportColumn.values().length;
        private List<ImportRow> chunk = new ArrayList<>(CHUNK);
        private boolean header;
        private boolean use1904;

        @Override
        public void invokeHead(Map<Integer, ReadCellData<?>> head, AnalysisContext context) {
            var expected = ImportColumn.headers();
            for (int i = 0; i < width; i++) {
                var cell = head.get(i);
                var found = cell == null ? "" : String.valueOf(text(cell, false)).strip();
                if (!expected.get(i).equals(found)) {
                    throw new ImportRefusedException("member-import.refused.header", i + 1, expected.get(i),
                            found.length() > 30 ? found.substring(0, 30) : found);
                }
            }
            header = true;
            var configuration = context.readWorkbookHolder().globalConfiguration();
            use1904 = configuration != null && Boolean.TRUE.equals(configuration.getUse1904windowing());
        }

        @Override
        public void invoke(Map<Integer, ReadCellData<?>> data, AnalysisContext context) {
            if (cancelled) {
                throw new Stopped();
            }
            if (!header) {
                throw new ImportRefusedException("member-import.refused.no-header");
            }
            var cells = new String[width];
            int numeric = 0;
            boolean blank = true;
            for (int i = 0; i < width; i++) {
                var cell = data.get(i);
                if (cell == null) {
                    continue;
                }
                cells[i] = text(cell, i == ImportColumn.JOINED_ON.ordinal());
                if (cell.getType() == cn.idev.excel.enums.CellDataTypeEnum.NUMBER) {
                    numeric |= 1 << i;
                }
                blank &= cells[i] == null || cells[i].isBlank();
            }
            if (blank) {
                return;
            }
            if (rowsRead.incrementAndGet() > maxRows) {
                throw new ImportRefusedException("member-import.refused.too-many-rows", maxRows);
            }
            chunk.add(new ImportRow(context.readRowHolder().getRowIndex() + 1, cells, numeric));
            if (chunk.size() == CHUNK) {
                hand(new Rows(chunk));
                chunk = new ArrayList<>(CHUNK);
            }
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
            if (!header && chunk.isEmpty()) {
                throw new ImportRefusedException("member-import.refused.no-header");
            }
            if (!chunk.isEmpty()) {
                hand(new Rows(chunk));
                chunk = new ArrayList<>();
            }
        }

        @Override
        public void onException(Exception exception, AnalysisContext context) throws Exception {
            throw exception;
        }

        /** A cell as text: numbers plain (13812345678, not 1.38E10), an Excel date in the date column as yyyy-MM-dd. */
        private String text(ReadCellData<?> cell, boolean dateColumn) {
            return switch (cell.getType()) {
                case NUMBER -> number(cell.getNumberValue(), dateColumn);
                case BOOLEAN -> Boolean.TRUE.equals(cell.getBooleanValue()) ? "TRUE" : "FALSE";
                case EMPTY -> null;
                default -> cell.getStringValue();
            };
        }

        private String number(BigDecimal value, boolean dateColumn) {
            if (value == null) {
                return null;
            }
            if (dateColumn && DateUtil.isValidExcelDate(value.doubleValue())) {
                return DateUtil.getLocalDateTime(value.doubleValue(), use1904).toLocalDate().toString();
            }
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
