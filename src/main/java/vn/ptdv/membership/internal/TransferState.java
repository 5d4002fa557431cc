package vn.ptdv.membership.internal;

/** Where a transfer request stands; only a pending one may be accepted, declined or withdrawn. */
enum TransferState {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN;

    public String messageKey() {
        return "transfer.state." + name();
    }
}
