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

    /** A new case: received today, nothing else known yet (the builder names each value it is given). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this case's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .type(typeCode, catalogVersion)
                .subject(subject)
                .status(status, statusBeforePause)
                .dates(receivedOn, startOn, dueOn, warnOn)
                .progress(centreDoneOn, completedOn, sendBackCount)
                .assigneeId(assigneeId)
                .created(createdBy, createdAt)
                .updatedAt(updatedAt)
                .version(version)
                .fields(fields);
    }

    public CaseFile withContent(String newSubject, Map<String, String> newFields) {
        return toBuilder().subject(newSubject).fields(newFields).build();
    }

    /** A new status; {@code before} is where a paused case returns to (null unless pausing). */
    public CaseFile withStatus(CaseStatus newStatus, CaseStatus before) {
        return toBuilder().status(newStatus, before).build();
    }

    public CaseFile withProgress(LocalDate newCentreDoneOn, LocalDate newCompletedOn, int newSendBackCount) {
        return toBuilder()
                .progress(newCentreDoneOn, newCompletedOn, newSendBackCount)
                .build();
    }

    public CaseFile withAssignee(Long newAssigneeId) {
        return toBuilder().assigneeId(newAssigneeId).build();
    }

    public CaseFile withDates(LocalDate newReceivedOn, LocalDate newStartOn, LocalDate newDueOn, LocalDate newWarnOn) {
        return toBuilder().dates(newReceivedOn, newStartOn, newDueOn, newWarnOn).build();
    }

    public CaseFile withFields(Map<String, String> newFields) {
        return toBuilder().fields(newFields).build();
    }

    /** Builds a case value by value, in the groups a reader knows from the case header. */
    public static final class Builder {
        private long id;
        private String typeCode;
        private int catalogVersion;
        private String subject = "";
        private CaseStatus status = CaseStatus.RECEIVED;
        private CaseStatus statusBeforePause;
        private LocalDate receivedOn;
        private LocalDate startOn;
        private LocalDate dueOn;
        private LocalDate warnOn;
        private LocalDate centreDoneOn;
        private LocalDate completedOn;
        private int sendBackCount;
        private Long assigneeId;
        private long createdBy;
        private Instant createdAt = Instant.EPOCH;
        private Instant updatedAt = Instant.EPOCH;
        private long version;
        private Map<String, String> fields = Map.of();

        private Builder() {}

        public Builder id(long value) {
            id = value;
            return this;
        }

        /** The 中区分 and the catalog version the case is worked under. */
        public Builder type(String code, int version) {
            typeCode = code;
            catalogVersion = version;
            return this;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        /** The status, and where a paused case returns to (null unless paused). */
        public Builder status(CaseStatus value, CaseStatus beforePause) {
            status = value;
            statusBeforePause = beforePause;
            return this;
        }

        /** The SLA's dates: received, complete (書類完備), due, warn. */
        public Builder dates(LocalDate received, LocalDate start, LocalDate due, LocalDate warn) {
            receivedOn = received;
            startOn = start;
            dueOn = due;
            warnOn = warn;
            return this;
        }

        /** Approved by the double check, 完了, and how often it was sent back. */
        public Builder progress(LocalDate centreDone, LocalDate completed, int sendBacks) {
            centreDoneOn = centreDone;
            completedOn = completed;
            sendBackCount = sendBacks;
            return this;
        }

        public Builder assigneeId(Long value) {
            assigneeId = value;
            return this;
        }

        public Builder created(long by, Instant at) {
            createdBy = by;
            createdAt = at;
            return this;
        }

        public Builder updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public Builder fields(Map<String, String> value) {
            fields = value;
            return this;
        }

        public CaseFile build() {
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
                    assigneeId,
                    createdBy,
                    createdAt,
                    updatedAt,
                    sendBackCount,
                    version,
                    fields);
        }
    }
}
