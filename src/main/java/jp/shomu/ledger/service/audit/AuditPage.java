package jp.shomu.ledger.service.audit;

import java.util.List;

/**
 * One page of the audit trail, newest first.
 *
 * @param nextBeforeSeq  pass it as {@code beforeSeq} for the next page; 0 when this was the last page
 * @param earlierHistory on the last page, when older rows the filter may ask for were moved into an audit archive
 *                       file: where they are; otherwise empty
 */
public record AuditPage(List<AuditEntry> entries, long nextBeforeSeq, String earlierHistory) {
    public AuditPage {
        entries = List.copyOf(entries);
    }

    public boolean hasMore() {
        return nextBeforeSeq > 0;
    }
}
