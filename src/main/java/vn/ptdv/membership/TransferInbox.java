package vn.ptdv.membership;

/** Transfers of members into the caller's scope that wait for the receiving side's answer. */
public interface TransferInbox {
    /** How many pending transfer requests have their destination in the caller's scope. */
    long pendingIncoming();
}
