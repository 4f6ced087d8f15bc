package jp.shomu.ledger.service.cases;

import java.util.List;
import jp.shomu.ledger.domain.audit.CaseHistoryEntry;

/**
 * A case's history, oldest first, for the case form's history tab.
 *
 * @param earlierHistory when the case's older entries were moved into an audit archive file: where they are;
 *                       otherwise empty
 */
public record CaseHistory(List<CaseHistoryEntry> entries, String earlierHistory) {
    public CaseHistory {
        entries = List.copyOf(entries);
    }
}
