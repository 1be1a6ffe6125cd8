package cn.qinqing.member;

/** One broken rule in one cell of an import row, as a message key with arguments. */
record ImportProblem(ImportColumn column, String messageKey, Object... args) {
}
