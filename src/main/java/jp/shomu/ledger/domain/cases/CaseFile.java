package jp.shomu.ledger.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One case of the ledger as last saved: its header, its typed field values (canonical text, keyed by the
 * catalog's field key) and its version for optimistic locking. {@code centreDoneOn} is the day the double check
 * approved it — the end of the centre's part, which the SLA measures; {@code completedOn} is the day it became 完了.
 */
public record CaseFile(
        long id,
        String typeCode,
        int catalogVersion,
        String subject,
        CaseStatus status,
        CaseStatus statusBeforePause,
        LocalDate receivedOn,
        LocalDate startOn,
        LocalDate dueOn,
        LocalDate warnOn,
        LocalDate centreDoneOn,
        LocalDate completedOn,
        Long assigneeId,
        long createdBy,
        Instant createdAt,
        Instant updatedAt,
        int sendBackCount,
        long version,
        Map<String, String> fields) {
    public CaseFile {
        fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    public String field(String key) {
        return fields.getOrDefault(key, "");
    }

    public CaseFile withContent(String newSubject, Map<String, String> newFields) {
        return new CaseFile(
                id,
                typeCode,
                catalogVersion,
                newSubject,
                status,
                statusBeforePause,
                receivedOn,
                startOn,
                dueOn,
                warnOn,
                centreDoneOn,
                completedOn,
                assigneeId,
                createdBy,
                createdAt,
                updatedAt,
                sendBackCount,
                version,
                newFields);
    }

    /** A new status; {@code before} is where a paused case returns to (null unless pausing). */
    public CaseFile withStatus(CaseStatus newStatus, CaseStatus before) {
        return new CaseFile(
                id,
                typeCode,
                catalogVersion,
                subject,
                newStatus,
                before,
                receivedOn,
                startOn,
                dueOn,
                warnOn,
                centreDoneOn,
                completedOn,
                assigneeId,
                createdBy,
                createdAt,
                updatedAt,
                sendBackCount,
                version,
                fields);
    }

    public CaseFile withProgress(LocalDate newCentreDoneOn, LocalDate newCompletedOn, int newSendBackCount) {
        return new CaseFile(
                id,
                typeCode,
                catalogVersion,
                subject,
                status,
                statusBeforePause,
                receivedOn,
                startOn,
                dueOn,
                warnOn,
                newCentreDoneOn,
                newCompletedOn,
                assigneeId,
                createdBy,
                createdAt,
                updatedAt,
                newSendBackCount,
                version,
                fields);
    }

    public CaseFile withAssignee(Long newAssigneeId) {
        return new CaseFile(
                id,
                typeCode,
                catalogVersion,
                subject,
                status,
                statusBeforePause,
                receivedOn,
                startOn,
                dueOn,
                warnOn,
                centreDoneOn,
                completedOn,
                newAssigneeId,
                createdBy,
                createdAt,
                updatedAt,
                sendBackCount,
                version,
                fields);
    }

    public CaseFile withDates(LocalDate newReceivedOn, LocalDate newStartOn, LocalDate newDueOn, LocalDate newWarnOn) {
        return new CaseFile(
                id,
                typeCode,
                catalogVersion,
                subject,
                status,
                statusBeforePause,
                newReceivedOn,
                newStartOn,
                newDueOn,
                newWarnOn,
                centreDoneOn,
                completedOn,
                assigneeId,
                createdBy,
                createdAt,
                updatedAt,
                sendBackCount,
                version,
                fields);
    }
}
