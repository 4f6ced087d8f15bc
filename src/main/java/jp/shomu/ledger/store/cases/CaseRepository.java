package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import jp.shomu.ledger.domain.cases.CaseConflictException;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * Cases and their field values. A change reads the case with the version it started from; another version raises
 * {@link CaseConflictException} with the case as now saved. Every change is audited with the whole
 * row before and after, and the case's search index row ({@link CaseSearchIndex}) is refreshed in the same transaction.
 */
public final class CaseRepository {
    static final String COLUMNS = "id, type_code, catalog_version, subject, status, status_before_pause, received_on,"
            + " start_on, due_on, warn_on, centre_done_on, completed_on, assignee_id, created_by, created_at, updated_at,"
            + " send_back_count, version";
    static final String FIELD_PREFIX = "field.";

    private CaseRepository() {}

    /** Inserts a new case (its id and version in {@code draft} are ignored) and returns the new id. */
    public static long insert(Tx tx, CaseFile draft, String action) throws SQLException {
        Connection c = tx.connection();
        long id = Sql.insert(
                c,
                "INSERT INTO case_file(id, type_code, catalog_version, subject, status, status_before_pause,"
                        + " received_on, start_on, due_on, warn_on, centre_done_on, completed_on, assignee_id, created_by,"
                        + " created_at, updated_at, send_back_count, version) VALUES (" + CaseNumbers.NEXT
                        + ",?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
                draft.typeCode(),
                draft.catalogVersion(),
                draft.subject(),
                draft.status(),
                draft.statusBeforePause(),
                draft.receivedOn(),
                draft.startOn(),
                draft.dueOn(),
                draft.warnOn(),
                draft.centreDoneOn(),
                draft.completedOn(),
                draft.assigneeId(),
                draft.createdBy(),
                tx.now(),
                tx.now(),
                draft.sendBackCount());
        writeFields(c, id, draft.fields());
        CaseSearchIndex.refresh(c, id);
        tx.audit("case", id, action, null, Json.write(snapshot(c, id)));
        return id;
    }

    /**
     * Reads a case to change it inside a write transaction, if it is still the version the person started from.
     *
     * @throws CaseConflictException when someone else saved it first
     * @throws InvalidInputException when there is no such case
     */
    public static Loaded loadForUpdate(Connection c, long id, long expectedVersion) throws SQLException {
        Loaded loaded = load(c, id).orElseThrow(() -> new InvalidInputException("案件 " + id + " はありません"));
        CaseConflictException.requireVersion(loaded.file(), expectedVersion);
        return loaded;
    }

    /**
     * Saves {@code updated} over the case as {@link #loadForUpdate} read it earlier in this same transaction; returns
     * the new version. The loaded snapshot is the audit's before-image, so the row is not read again. The caller
     * must not have changed the case's row or fields since (activity rows — ticks, pauses, reviews — are other tables).
     */
    public static long save(Tx tx, CaseFile updated, String action, Loaded loaded) throws SQLException {
        Connection c = tx.connection();
        Map<String, String> before = loaded.snapshot();
        if (updateRow(c, loaded.file(), updated, tx.now(), loaded.file().version()) == 0) {
            // the version was checked in this transaction, which holds the write lock: nobody can have saved since
            throw new IllegalStateException("案件 " + updated.id() + " の保存中に書き込みの排他が失われました");
        }
        rewriteChangedFields(c, updated.id(), loaded.file().fields(), updated.fields());
        Map<String, String> after = snapshot(c, updated.id());
        if (CaseSearchIndex.changed(before, after)) {
            CaseSearchIndex.refresh(c, updated.id());
        }
        tx.audit("case", updated.id(), action, Json.write(before), Json.write(after));
        return Long.parseLong(after.get("version"));
    }

    /**
     * Rewrites only the columns that changed (plus updated_at and version): SQLite rewrites an index entry whenever
     * its column is in the SET list, even with the same value, and on a file share every page is a round trip.
     */
    private static int updateRow(Connection c, CaseFile stored, CaseFile updated, Instant now, long expectedVersion)
            throws SQLException {
        StringBuilder set = new StringBuilder("UPDATE case_file SET");
        List<Object> params = new ArrayList<>();
        changed(set, params, "subject", stored.subject(), updated.subject());
        changed(set, params, "status", stored.status(), updated.status());
        changed(set, params, "status_before_pause", stored.statusBeforePause(), updated.statusBeforePause());
        changed(set, params, "received_on", stored.receivedOn(), updated.receivedOn());
        changed(set, params, "start_on", stored.startOn(), updated.startOn());
        changed(set, params, "due_on", stored.dueOn(), updated.dueOn());
        changed(set, params, "warn_on", stored.warnOn(), updated.warnOn());
        changed(set, params, "centre_done_on", stored.centreDoneOn(), updated.centreDoneOn());
        changed(set, params, "completed_on", stored.completedOn(), updated.completedOn());
        changed(set, params, "assignee_id", stored.assigneeId(), updated.assigneeId());
        changed(set, params, "send_back_count", stored.sendBackCount(), updated.sendBackCount());
        set.append(" updated_at = ?, version = version + 1 WHERE id = ? AND version = ?");
        params.add(now);
        params.add(updated.id());
        params.add(expectedVersion);
        return Sql.update(c, set.toString(), params.toArray());
    }

    private static void changed(StringBuilder set, List<Object> params, String column, Object stored, Object updated) {
        if (!Objects.equals(stored, updated)) {
            set.append(' ').append(column).append(" = ?,");
            params.add(updated);
        }
    }

    /** A case as read once: the domain object, and the same row as the audit trail records it ({@link #snapshot}). */
    public record Loaded(CaseFile file, Map<String, String> snapshot) {}

    /** Reads a case with two statements (its row, its fields) into both forms at once. */
    public static Optional<Loaded> load(Connection c, long id) throws SQLException {
        Optional<Loaded> header = Sql.queryOne(
                c,
                "SELECT " + COLUMNS + " FROM case_file WHERE id = ?",
                rs -> {
                    Map<String, String> cols = new TreeMap<>();
                    for (String col : COLUMNS.split(", ")) {
                        String v = rs.getString(col.strip());
                        if (v != null) {
                            cols.put(col.strip(), v);
                        }
                    }
                    return new Loaded(map(rs, Map.of()), cols);
                },
                id);
        if (header.isEmpty()) {
            return header;
        }
        Map<String, String> fields = new TreeMap<>();
        Map<String, String> snapshot = new TreeMap<>(header.get().snapshot());
        for (String[] kv : Sql.query(
                c,
                "SELECT key, value FROM case_field WHERE case_id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)},
                id)) {
            fields.put(kv[0], kv[1]);
            snapshot.put(FIELD_PREFIX + kv[0], kv[1]);
        }
        return Optional.of(
                new Loaded(header.get().file().withFields(fields), java.util.Collections.unmodifiableMap(snapshot)));
    }

    public static Optional<CaseFile> get(Connection c, long id) throws SQLException {
        return load(c, id).map(Loaded::file);
    }

    /** The case as the audit trail records it: every column, and every field as "field.KEY". */
    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return load(c, id).map(Loaded::snapshot).orElse(Map.of());
    }

    static CaseFile map(ResultSet rs, Map<String, String> fields) throws SQLException {
        long assignee = rs.getLong("assignee_id");
        boolean noAssignee = rs.wasNull();
        String before = rs.getString("status_before_pause");
        return CaseFile.builder()
                .id(rs.getLong("id"))
                .type(rs.getString("type_code"), rs.getInt("catalog_version"))
                .subject(rs.getString("subject"))
                .status(
                        StoredStatus.of(rs.getLong("id"), rs.getString("status")),
                        before == null ? null : StoredStatus.of(rs.getLong("id"), before))
                .dates(date(rs, "received_on"), date(rs, "start_on"), date(rs, "due_on"), date(rs, "warn_on"))
                .progress(date(rs, "centre_done_on"), date(rs, "completed_on"), rs.getInt("send_back_count"))
                .assigneeId(noAssignee ? null : assignee)
                .created(rs.getLong("created_by"), Instant.parse(rs.getString("created_at")))
                .updatedAt(Instant.parse(rs.getString("updated_at")))
                .version(rs.getLong("version"))
                .fields(fields)
                .build();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : LocalDate.parse(v);
    }

    private static void writeFields(Connection c, long id, Map<String, String> fields) throws SQLException {
        for (Map.Entry<String, String> e : nonEmpty(fields).entrySet()) {
            Sql.update(c, "INSERT INTO case_field(case_id, key, value) VALUES (?,?,?)", id, e.getKey(), e.getValue());
        }
    }

    /** Writes only what changed: a status change touches no field row at all. */
    private static void rewriteChangedFields(
            Connection c, long id, Map<String, String> stored, Map<String, String> wanted) throws SQLException {
        Map<String, String> target = nonEmpty(wanted);
        for (String key : stored.keySet()) {
            if (!target.containsKey(key)) {
                Sql.update(c, "DELETE FROM case_field WHERE case_id = ? AND key = ?", id, key);
            }
        }
        for (Map.Entry<String, String> e : target.entrySet()) {
            String old = stored.get(e.getKey());
            if (old == null) {
                Sql.update(
                        c, "INSERT INTO case_field(case_id, key, value) VALUES (?,?,?)", id, e.getKey(), e.getValue());
            } else if (!old.equals(e.getValue())) {
                Sql.update(
                        c,
                        "UPDATE case_field SET value = ? WHERE case_id = ? AND key = ?",
                        e.getValue(),
                        id,
                        e.getKey());
            }
        }
    }

    private static Map<String, String> nonEmpty(Map<String, String> fields) {
        Map<String, String> m = new TreeMap<>();
        fields.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                m.put(k, v);
            }
        });
        return m;
    }
}
