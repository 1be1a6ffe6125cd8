package cn.qinqing.member;

import java.util.List;

/**
 * What an import did: rows stored as new members, members updated (upsert), rows that were
 * duplicates of the roll or of an earlier row, rows rejected; and one entry per problem, each
 * with its spreadsheet row number (the first data row is 2) and the column's Chinese header.
 * Every duplicate and every rejected row has at least one entry.
 */
public record ImportResult(int imported, int updated, int duplicates, int rejected, List<ImportError> errors) {

    /** One problem of one row. */
    public record ImportError(int row, String column, String message) {
    }
}
