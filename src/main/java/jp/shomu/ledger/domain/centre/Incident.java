package jp.shomu.ledger.domain.centre;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An emergency or incident (危機管理, spec §20): what happened, what it affected, when the city was told, what was
 * done, and how it is kept from happening again (再発防止策, §20(4)).
 *
 * @param impactTypes task type codes whose work it delayed
 * @param impactCases cases it delayed (ids)
 * @param personalInformation personal information is involved: the city must be told at once (取扱仕様書 10)
 */
public record Incident(
        long id,
        IncidentKind kind,
        LocalDateTime occurredAt,
        String summary,
        String impact,
        List<String> impactTypes,
        List<Long> impactCases,
        LocalDateTime reportedAt,
        String actions,
        LocalDateTime recoveredAt,
        String cause,
        String prevention,
        IncidentStatus status,
        boolean personalInformation,
        String recordedBy,
        long version) {
    public Incident {
        impactTypes = impactTypes == null ? List.of() : List.copyOf(impactTypes);
        impactCases = impactCases == null ? List.of() : List.copyOf(impactCases);
    }

    /** The same incident with what it delayed. */
    public Incident withImpact(List<String> types, List<Long> cases) {
        return copy(types, cases, reportedAt, actions, recoveredAt, cause, prevention, status, impact, version);
    }

    /** The same incident with its report to the city, handling and status. */
    public Incident withHandling(
            LocalDateTime newReportedAt,
            String newActions,
            LocalDateTime newRecoveredAt,
            String newCause,
            String newPrevention,
            IncidentStatus newStatus,
            String newImpact) {
        return copy(
                impactTypes,
                impactCases,
                newReportedAt,
                newActions,
                newRecoveredAt,
                newCause,
                newPrevention,
                newStatus,
                newImpact,
                version);
    }

    /** The same incident as read at another version (the one a save names). */
    public Incident withVersion(long newVersion) {
        return copy(
                impactTypes,
                impactCases,
                reportedAt,
                actions,
                recoveredAt,
                cause,
                prevention,
                status,
                impact,
                newVersion);
    }

    private Incident copy(
            List<String> types,
            List<Long> cases,
            LocalDateTime newReportedAt,
            String newActions,
            LocalDateTime newRecoveredAt,
            String newCause,
            String newPrevention,
            IncidentStatus newStatus,
            String newImpact,
            long newVersion) {
        return new Incident(
                id,
                kind,
                occurredAt,
                summary,
                newImpact,
                types,
                cases,
                newReportedAt,
                newActions,
                newRecoveredAt,
                newCause,
                newPrevention,
                newStatus,
                personalInformation,
                recordedBy,
                newVersion);
    }

    /** Whether personal information is involved, by kind or by the flag on another kind (a lost USB stick). */
    public boolean involvesPersonalInformation() {
        return personalInformation || kind == IncidentKind.PERSONAL_INFORMATION;
    }

    /** A personal-information incident the city has not yet been told about: shown on every leader's screen. */
    public boolean flagged() {
        return involvesPersonalInformation() && reportedAt == null;
    }

    /** How long after it occurred the city was told; empty while not reported. */
    public Optional<Duration> reportDelay() {
        return reportedAt == null ? Optional.empty() : Optional.of(Duration.between(occurredAt, reportedAt));
    }

    /** "2時間15分", "1日3時間" for reports and lists. */
    public static String formatDelay(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        StringBuilder sb = new StringBuilder();
        if (days > 0) {
            sb.append(days).append("日");
        }
        if (hours > 0) {
            sb.append(hours).append("時間");
        }
        if (mins > 0 || sb.length() == 0) {
            sb.append(mins).append("分");
        }
        return sb.toString();
    }
}
