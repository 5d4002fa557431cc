package vn.ptdv.membership.internal;

/** An answer to a pending transfer request: accepted, declined (with its reason) or withdrawn. */
record AnswerTransfer(long requestId, TransferState answer, String reason) {
}
