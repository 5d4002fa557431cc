package vn.ptdv.membership.internal;

/** Which transfer requests a list shows: those arriving in the caller's scope or those leaving it. */
enum TransferDirection {
    INCOMING, OUTGOING
}
