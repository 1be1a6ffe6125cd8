package cn.qinqing.member;

/**
 * One data row of an import file as read: its spreadsheet row number (the first data row is 2)
 * and the template's cells as text, untouched, so the error rows can be handed back as typed.
 *
 * @param numericCells bit {@code 1 << column.ordinal()} set when that cell was a number, not text: an
 *                     18-digit code or ID number does not survive as a spreadsheet number (15 digits)
 */
record ImportRow(int number, String[] cells, int numericCells) {

    String cell(ImportColumn column) {
        return cells[column.ordinal()];
    }

    /** True when a long number (16 digits or more) was typed into this column as a number and so lost digits. */
    boolean mangledNumber(ImportColumn column) {
        var cell = cell(column);
        return (numericCells & (1 << column.ordinal())) != 0 && cell != null && cell.strip().length() >= 16;
    }
}
