package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CasePause;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.store.Sql;

/**
 * The cases the monthly report looks at one by one: those open at month end (to work out their due date as of
 * that day) and those completed late in the month. Read a page at a time by case number, never in one long read.
 */
public final class MonthEndQueries {
    private static final String OPEN_AT = " AND received_on <= ? AND ("
            + "status IN ('RECEIVED', 'IN_PROGRESS', 'AWAITING_CHECK', 'WAITING_REQUESTER', 'ON_HOLD', 'CITY_APPROVAL')"
            + " OR (status = 'DONE' AND completed_on > ?)"
            + " OR (status = 'WITHDRAWN' AND updated_at >= ? AND date(updated_at, '+9 hours') > ?))";

    private MonthEndQueries() {}

    /** A case with its fields and pauses. */
    public record CaseWithPauses(CaseFile caseFile, List<CasePause> pauses) {}

    /** Cases received by {@code asOf} and neither completed nor withdrawn by then, after case number {@code afterId}. */
    public static List<CaseWithPauses> openAt(Connection c, LocalDate asOf, long afterId, int limit)
            throws SQLException {
        List<CaseFile> headers = Sql.query(
                c,
                "SELECT " + CaseRepository.COLUMNS + " FROM case_file WHERE id > ?" + OPEN_AT + " ORDER BY id LIMIT ?",
                rs -> CaseRepository.map(rs, Map.of()),
                afterId,
                asOf,
                asOf,
                asOf.toString(),
                asOf,
                limit);
        return complete(c, headers);
    }

    /** How many cases {@link #openAt} will return in all, for the progress bar. */
    public static long countOpenAt(Connection c, LocalDate asOf) throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT COUNT(*) FROM case_file WHERE 1 = 1" + OPEN_AT,
                        rs -> rs.getLong(1),
                        asOf,
                        asOf,
                        asOf.toString(),
                        asOf)
                .orElse(0L);
    }

    /** Cases completed in the range whose double check approved them after their due date. */
    public static List<CaseWithPauses> completedLate(
            Connection c, LocalDate first, LocalDate last, long afterId, int limit) throws SQLException {
        List<CaseFile> headers = Sql.query(
                c,
                "SELECT " + CaseRepository.COLUMNS + " FROM case_file WHERE id > ?"
                        + " AND status = 'DONE' AND completed_on BETWEEN ? AND ? AND due_on IS NOT NULL"
                        + " AND COALESCE(centre_done_on, completed_on) > due_on ORDER BY id LIMIT ?",
                rs -> CaseRepository.map(rs, Map.of()),
                afterId,
                first,
                last,
                limit);
        return complete(c, headers);
    }

    private static List<CaseWithPauses> complete(Connection c, List<CaseFile> headers) throws SQLException {
        if (headers.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(headers.size(), "?"));
        Object[] ids = headers.stream().map(CaseFile::id).toArray();
        Map<Long, Map<String, String>> fields = new HashMap<>();
        Sql.query(
                c,
                "SELECT case_id, key, value FROM case_field WHERE case_id IN (" + in + ")",
                rs -> fields.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                        .put(rs.getString(2), rs.getString(3)),
                ids);
        Map<Long, List<CasePause>> pauses = new HashMap<>();
        Sql.query(
                c,
                "SELECT id, case_id, kind, reason, addressee, started_on, ended_on, answer, started_by, ended_by"
                        + " FROM pause WHERE case_id IN (" + in + ") ORDER BY id",
                rs -> {
                    long endedBy = rs.getLong(10);
                    boolean open = rs.wasNull();
                    String ended = rs.getString(7);
                    CasePause p = new CasePause(
                            rs.getLong(1),
                            rs.getLong(2),
                            PauseKind.valueOf(rs.getString(3)),
                            rs.getString(4),
                            rs.getString(5),
                            LocalDate.parse(rs.getString(6)),
                            ended == null ? null : LocalDate.parse(ended),
                            rs.getString(8),
                            rs.getLong(9),
                            open ? null : endedBy);
                    return pauses.computeIfAbsent(p.caseId(), k -> new ArrayList<>())
                            .add(p);
                },
                ids);
        List<CaseWithPauses> result = new ArrayList<>();
        for (CaseFile h : headers) {
            result.add(new CaseWithPauses(
                    h.withFields(fields.getOrDefault(h.id(), Map.of())), pauses.getOrDefault(h.id(), List.of())));
        }
        return result;
    }
}
