package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CasePause;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.store.Json;
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

    /**
     * A case with its fields and pauses as it stood at the cut, and where it stands now ({@code nowStatus}, and
     * {@code nowCompletedOn} when it is complete now).
     */
    public record CaseWithPauses(
            CaseFile caseFile, List<CasePause> pauses, CaseStatus nowStatus, LocalDate nowCompletedOn) {}

    private record Header(CaseFile file, String snapshot, CaseStatus nowStatus, LocalDate nowCompletedOn) {}

    /**
     * Cases received by {@code asOf} and neither completed nor withdrawn by then, after case number {@code afterId},
     * each as it stood at {@code cut} (the end of {@code asOf}).
     */
    public static List<CaseWithPauses> openAt(Connection c, Instant cut, LocalDate asOf, long afterId, int limit)
            throws SQLException {
        List<Header> headers = Sql.query(
                c,
                CasesAsOf.with() + "SELECT " + CaseRepository.COLUMNS + ", snap, now_status, now_completed_on"
                        + " FROM f WHERE id > ?" + OPEN_AT + " ORDER BY id LIMIT ?",
                MonthEndQueries::header,
                CasesAsOf.params(cut, afterId, asOf, asOf, asOf.toString(), asOf, limit));
        return complete(c, headers);
    }

    /** How many cases {@link #openAt} will return in all, for the progress bar. */
    public static long countOpenAt(Connection c, Instant cut, LocalDate asOf) throws SQLException {
        return Sql.queryOne(
                        c,
                        CasesAsOf.with() + "SELECT COUNT(*) FROM f WHERE 1 = 1" + OPEN_AT,
                        rs -> rs.getLong(1),
                        CasesAsOf.params(cut, asOf, asOf, asOf.toString(), asOf))
                .orElse(0L);
    }

    /** Cases complete at the cut with a 完了日 in the range whose double check approved them after their due date. */
    public static List<CaseWithPauses> completedLate(
            Connection c, Instant cut, LocalDate first, LocalDate last, long afterId, int limit) throws SQLException {
        List<Header> headers = Sql.query(
                c,
                CasesAsOf.with() + "SELECT " + CaseRepository.COLUMNS + ", snap, now_status, now_completed_on"
                        + " FROM f WHERE id > ?"
                        + " AND status = 'DONE' AND completed_on BETWEEN ? AND ? AND due_on IS NOT NULL"
                        + " AND COALESCE(centre_done_on, completed_on) > due_on ORDER BY id LIMIT ?",
                MonthEndQueries::header,
                CasesAsOf.params(cut, afterId, first, last, limit));
        return complete(c, headers);
    }

    private static Header header(java.sql.ResultSet rs) throws SQLException {
        String done = rs.getString("now_completed_on");
        return new Header(
                CaseRepository.map(rs, Map.of()),
                rs.getString("snap"),
                CaseStatus.valueOf(rs.getString("now_status")),
                done == null ? null : LocalDate.parse(done));
    }

    private static List<CaseWithPauses> complete(Connection c, List<Header> all) throws SQLException {
        if (all.isEmpty()) {
            return List.of();
        }
        List<CaseFile> headers = all.stream().map(Header::file).toList();
        String in = String.join(",", Collections.nCopies(headers.size(), "?"));
        Object[] ids = headers.stream().map(CaseFile::id).toArray();
        Map<Long, Map<String, String>> fields = new HashMap<>();
        Sql.query(
                c,
                "SELECT case_id, key, value FROM case_field WHERE case_id IN (" + in + ")",
                rs -> fields.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                        .put(rs.getString(2), rs.getString(3)),
                ids);
        for (Header h : all) {
            if (h.snapshot() != null) {
                Map<String, String> asThen = new TreeMap<>();
                Json.readFlat(h.snapshot()).forEach((k, v) -> {
                    if (k.startsWith(CaseRepository.FIELD_PREFIX)) {
                        asThen.put(k.substring(CaseRepository.FIELD_PREFIX.length()), v);
                    }
                });
                fields.put(h.file().id(), asThen);
            }
        }
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
        for (Header h : all) {
            result.add(new CaseWithPauses(
                    h.file().withFields(fields.getOrDefault(h.file().id(), Map.of())),
                    pauses.getOrDefault(h.file().id(), List.of()),
                    h.nowStatus(),
                    h.nowCompletedOn()));
        }
        return result;
    }
}
