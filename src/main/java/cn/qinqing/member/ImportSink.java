package cn.qinqing.member;

import java.util.List;

/** Follows a running import: how far it got, and each row handed back with the reason it was not stored. */
public interface ImportSink {

    ImportSink NONE = new ImportSink() {
    };

    /** The import is about to read; {@code estimatedRows} is an upper bound from the file's structure. */
    default void started(int estimatedRows) {
    }

    default void progress(int rowsRead, int rowsProcessed) {
    }

    /** A rejected or duplicate row: its number, its cells as typed (template order) and why. */
    default void handedBack(int row, List<String> cells, String reason) {
    }
}
