package cn.qinqing.appeal.web;

/**
 * The body of a workflow step; each step reads the fields it needs: {@code note} (accept, handle,
 * transfer, notes, approve, archive), {@code reason} (decline, extension, refuse), {@code departmentId}
 * (transfer), {@code days} (extension), {@code reply} (resolve), {@code rating} and {@code comment} (rate).
 */
record StepRequest(String note, String reason, Long departmentId, Integer days, String reply, String rating,
                   String comment) {

    static final StepRequest EMPTY = new StepRequest(null, null, null, null, null, null, null);

    static StepRequest orEmpty(StepRequest body) {
        return body == null ? EMPTY : body;
    }
}
