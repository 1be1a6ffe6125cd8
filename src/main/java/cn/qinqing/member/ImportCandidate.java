package cn.qinqing.member;

import java.util.List;

/**
 * A row that passed every rule, with what storing it needs computed already (encrypted personal
 * numbers, search terms), and its key for duplicate detection: the credit code or the ID number's
 * blind index.
 *
 * @param given bit {@code 1 << column.ordinal()} set for each cell that was filled in: an update
 *              keeps what is stored where the row left a cell empty
 */
record ImportCandidate(int row, CheckedMember member, SealedPersonalData sealed, SearchTerms terms,
                       List<Long> chamberIds, int given) {

    String key() {
        return member.creditCode() != null ? "C" + member.creditCode() : "I" + sealed.idNumberIndex();
    }

    ImportColumn keyColumn() {
        return member.creditCode() != null ? ImportColumn.CREDIT_CODE : ImportColumn.ID_NUMBER;
    }

    boolean given(ImportColumn column) {
        return (given & (1 << column.ordinal())) != 0;
    }
}
