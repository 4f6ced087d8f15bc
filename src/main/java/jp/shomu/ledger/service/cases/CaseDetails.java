package jp.shomu.ledger.service.cases;

import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseComment;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CasePause;
import jp.shomu.ledger.domain.cases.ChecklistTick;
import jp.shomu.ledger.domain.cases.Review;
import jp.shomu.ledger.domain.cases.TimeEntry;
import jp.shomu.ledger.domain.catalog.TaskType;

/** Everything the case form shows: the case, its type as of its catalog version, and what happened on it. */
public record CaseDetails(
        CaseFile caseFile,
        TaskType type,
        List<ChecklistTick> ticks,
        List<CasePause> pauses,
        List<Review> reviews,
        List<TimeEntry> timeEntries,
        List<CaseComment> comments,
        Map<Long, String> staffNames) {
    public String staffName(Long id) {
        return id == null ? "" : staffNames.getOrDefault(id, "#" + id);
    }

    public int minutesLogged() {
        return timeEntries.stream().mapToInt(TimeEntry::minutes).sum();
    }
}
