package jp.shomu.ledger.service;

import java.util.List;

/**
 * One page of the audit trail, newest first.
 *
 * @param nextBeforeSeq pass it as {@code beforeSeq} for the next page; 0 when this was the last page
 */
public record AuditPage(List<AuditEntry> entries, long nextBeforeSeq) {
    public AuditPage {
        entries = List.copyOf(entries);
    }

    public boolean hasMore() {
        return nextBeforeSeq > 0;
    }
}
