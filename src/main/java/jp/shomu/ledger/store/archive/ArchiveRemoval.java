package jp.shomu.ledger.store.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.cases.CaseNumbers;
import jp.shomu.ledger.store.cases.CaseSearchIndex;

/**
 * The ledger's side of a fiscal-year archive: which cases may go, and removing those already safe in the archive
 * in short transactions. A case is removed only if everything it holds in the ledger is exactly what the archive
 * holds (its {@link #fingerprints}); one changed meanwhile (reopened, a comment or time added) stays in place.
 */
public final class ArchiveRemoval {
    private static final String FINISHED = "status IN ('DONE','WITHDRAWN')"
            // a withdrawn case has no completed_on: it finished on the day of its last save (Japan time)
            + " AND COALESCE(completed_on, date(updated_at, '+9 hours')) BETWEEN ? AND ?";

    private ArchiveRemoval() {}

    /** What one batch did. */
    public record Batch(List<Long> removed, List<Long> alreadyGone, List<Long> changed) {}

    /** The next page of cases finished between {@code from} and {@code to} (inclusive), by id. */
    public static List<Long> finishedCases(Ledger ledger, LocalDate from, LocalDate to, long afterId, int limit) {
        return ledger.read(c -> Sql.query(
                c,
                "SELECT id FROM case_file WHERE id > ? AND " + FINISHED + " ORDER BY id LIMIT ?",
                rs -> rs.getLong(1),
                afterId,
                from,
                to,
                limit));
    }

    /** Cases received between the dates that are not finished: they stay in the ledger. */
    public static long openCasesReceived(Ledger ledger, LocalDate from, LocalDate to) {
        return ledger.read(c -> Sql.queryOne(
                        c,
                        "SELECT COUNT(*) FROM case_file WHERE received_on BETWEEN ? AND ?"
                                + " AND status NOT IN ('DONE','WITHDRAWN')",
                        rs -> rs.getLong(1),
                        from,
                        to)
                .orElse(0L));
    }

    /** The next page of case ids held by a file (the archive), by id. */
    public static List<Long> caseIds(Ledger ledger, long afterId, int limit) {
        return ledger.read(c -> Sql.query(
                c, "SELECT id FROM case_file WHERE id > ? ORDER BY id LIMIT ?", rs -> rs.getLong(1), afterId, limit));
    }

    /**
     * A short text per case that changes whenever anything the case holds changes: its version (every save),
     * its ticks, pauses, double checks, time entries and comments. The same SQL runs on the ledger and the archive.
     */
    public static Map<Long, String> fingerprints(Connection c, List<Long> ids) throws SQLException {
        Map<Long, String> prints = new HashMap<>();
        if (ids.isEmpty()) {
            return prints;
        }
        Sql.query(
                c,
                "SELECT f.id, f.version"
                        + " || '|' || (SELECT COUNT(*) || ':' || COALESCE(group_concat(item_id || '@' || ticked_by || '@' || ticked_at,"
                        + "            ',' ORDER BY item_id), '') FROM checklist_tick t WHERE t.case_id = f.id)"
                        + " || '|' || (SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) || ':' || COUNT(ended_on) FROM pause p WHERE p.case_id = f.id)"
                        + " || '|' || (SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM review r WHERE r.case_id = f.id)"
                        + " || '|' || (SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) || ':' || COALESCE(SUM(minutes), 0)"
                        + "            FROM time_entry e WHERE e.case_id = f.id)"
                        + " || '|' || (SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM comment m WHERE m.case_id = f.id)"
                        + " FROM case_file f WHERE f.id IN " + Sql.placeholders(ids.size()),
                rs -> prints.put(rs.getLong(1), rs.getString(2)),
                ids.toArray());
        return prints;
    }

    /**
     * Removes from the ledger those of {@code ids} whose fingerprint still equals the archive's, inside the caller's
     * write transaction, and audits the move: one row for the batch (case ids, archive file, its SHA-256) and one
     * per case with after = null, which verify reads as "removed on purpose".
     */
    public static Batch remove(
            Tx tx, int fiscalYear, String archiveName, String sha256, List<Long> ids, Map<Long, String> archived)
            throws SQLException {
        Connection c = tx.connection();
        Map<Long, String> now = fingerprints(c, ids);
        List<Long> removed = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        for (long id : ids) {
            String print = now.get(id);
            (print == null ? gone : print.equals(archived.get(id)) ? removed : changed).add(id);
        }
        if (removed.isEmpty()) {
            return new Batch(removed, gone, changed);
        }
        String in = Sql.placeholders(removed.size());
        Object[] params = removed.toArray();
        CaseNumbers.rememberHighest(c);
        Sql.update(
                c,
                "DELETE FROM review_error WHERE review_id IN (SELECT id FROM review WHERE case_id IN " + in + ")",
                params);
        for (String table : List.of("review", "checklist_tick", "pause", "time_entry", "comment", "case_field")) {
            Sql.update(c, "DELETE FROM " + table + " WHERE case_id IN " + in, params);
        }
        CaseSearchIndex.remove(c, removed);
        Sql.update(c, "DELETE FROM case_file WHERE id IN " + in, params);
        tx.audit(
                "archive",
                "FY" + fiscalYear,
                "年度アーカイブへ移動",
                null,
                Json.write(Map.of(
                        "fiscalYear",
                        Integer.toString(fiscalYear),
                        "archive",
                        archiveName,
                        "sha256",
                        sha256,
                        "count",
                        Integer.toString(removed.size()),
                        "cases",
                        String.join(",", removed.stream().map(String::valueOf).toList()))));
        for (long id : removed) {
            tx.audit(
                    "case",
                    id,
                    "年度アーカイブへ移動",
                    Json.write(Map.of("archive", archiveName, "fingerprint", archived.get(id))),
                    null);
        }
        return new Batch(removed, gone, changed);
    }
}
