package jp.shomu.ledger.store.centre;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.IncidentKind;
import jp.shomu.ledger.domain.centre.IncidentStatus;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** Incidents (危機管理): recorded, reported to the city, handled, closed. */
public final class IncidentRepository {
    public static final String ENTITY = "incident";
    static final String COLUMNS = "id, kind, occurred_at, summary, impact, impact_types, impact_cases, reported_at,"
            + " actions, recovered_at, cause, prevention, status, personal_info, recorded_by, version";

    private IncidentRepository() {}

    public static long add(Tx tx, IncidentKind kind, LocalDateTime occurredAt, String summary, boolean personalInfo)
            throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO incident(kind, occurred_at, summary, personal_info, recorded_by) VALUES (?,?,?,?,?)",
                kind.name(),
                occurredAt.toString(),
                summary,
                personalInfo ? 1 : 0,
                tx.actor());
        AuditedRows.audited(tx, ENTITY, "incident", COLUMNS, id, "登録");
        return id;
    }

    /** Saves everything but the id, kind and who recorded it; returns the new version. */
    public static long save(Tx tx, Incident i) throws SQLException {
        return AuditedRows.update(
                tx,
                ENTITY,
                "incident",
                COLUMNS,
                "危機管理事案",
                i.id(),
                i.version(),
                "変更",
                "occurred_at = ?, summary = ?, impact = ?, impact_types = ?, impact_cases = ?, reported_at = ?,"
                        + " actions = ?, recovered_at = ?, cause = ?, prevention = ?, status = ?, personal_info = ?",
                i.occurredAt().toString(),
                i.summary(),
                i.impact(),
                AuditedRows.joined(i.impactTypes()),
                AuditedRows.joined(i.impactCases()),
                i.reportedAt() == null ? null : i.reportedAt().toString(),
                i.actions(),
                i.recoveredAt() == null ? null : i.recoveredAt().toString(),
                i.cause(),
                i.prevention(),
                i.status().name(),
                i.personalInformation() ? 1 : 0);
    }

    public static Optional<Incident> byId(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM incident WHERE id = ?", IncidentRepository::map, id);
    }

    /** Incidents that occurred in [from, to), newest first. */
    public static List<Incident> between(Connection c, LocalDateTime from, LocalDateTime to) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM incident WHERE occurred_at >= ? AND occurred_at < ?"
                        + " ORDER BY occurred_at DESC, id DESC",
                IncidentRepository::map,
                from.toString(),
                to.toString());
    }

    public static List<Incident> all(Connection c) throws SQLException {
        return Sql.query(
                c, "SELECT " + COLUMNS + " FROM incident ORDER BY occurred_at DESC, id DESC", IncidentRepository::map);
    }

    /** Personal-information incidents not yet reported to the city. */
    public static List<Incident> flagged(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM incident WHERE reported_at IS NULL"
                        + " AND (personal_info = 1 OR kind = 'PERSONAL_INFORMATION') ORDER BY occurred_at",
                IncidentRepository::map);
    }

    /** Those of {@code caseIds} that are not cases of the ledger. */
    public static List<Long> unknownCases(Connection c, List<Long> caseIds) throws SQLException {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> known = new java.util.HashSet<>(Sql.query(
                c,
                "SELECT id FROM case_file WHERE id IN " + Sql.placeholders(caseIds.size()),
                rs -> rs.getLong(1),
                caseIds.toArray()));
        return caseIds.stream().filter(id -> !known.contains(id)).toList();
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "incident", COLUMNS, id);
    }

    private static LocalDateTime time(String s) {
        return s == null ? null : LocalDateTime.parse(s);
    }

    private static Incident map(ResultSet rs) throws SQLException {
        return new Incident(
                rs.getLong("id"),
                IncidentKind.valueOf(rs.getString("kind")),
                time(rs.getString("occurred_at")),
                rs.getString("summary"),
                rs.getString("impact"),
                AuditedRows.split(rs.getString("impact_types")),
                AuditedRows.split(rs.getString("impact_cases")).stream()
                        .map(Long::valueOf)
                        .toList(),
                time(rs.getString("reported_at")),
                rs.getString("actions"),
                time(rs.getString("recovered_at")),
                rs.getString("cause"),
                rs.getString("prevention"),
                IncidentStatus.valueOf(rs.getString("status")),
                rs.getInt("personal_info") == 1,
                rs.getString("recorded_by"),
                rs.getLong("version"));
    }
}
