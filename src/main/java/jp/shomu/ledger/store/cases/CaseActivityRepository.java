package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.domain.cases.CaseComment;
import jp.shomu.ledger.domain.cases.CasePause;
import jp.shomu.ledger.domain.cases.ChecklistTick;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.cases.Review;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.cases.TimeEntry;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** What happens on a case besides its fields: checklist ticks, pauses, double checks, time and comments. */
public final class CaseActivityRepository {
    private CaseActivityRepository() {}

    // Checklist

    public static void tick(Tx tx, long caseId, String itemId, long staffId, String note) throws SQLException {
        Sql.update(
                tx.connection(),
                "INSERT INTO checklist_tick(case_id, item_id, ticked_by, ticked_at, note) VALUES (?,?,?,?,?)",
                caseId,
                itemId,
                staffId,
                tx.now(),
                note);
        tx.audit(
                "tick",
                caseId + "/" + itemId,
                "チェック",
                null,
                Json.write(Map.of(
                        "case", Long.toString(caseId), "item", itemId, "by", Long.toString(staffId), "note", note)));
    }

    public static void untick(Tx tx, ChecklistTick tick) throws SQLException {
        Sql.update(
                tx.connection(),
                "DELETE FROM checklist_tick WHERE case_id = ? AND item_id = ?",
                tick.caseId(),
                tick.itemId());
        tx.audit(
                "tick",
                tick.caseId() + "/" + tick.itemId(),
                "チェック取消",
                Json.write(Map.of(
                        "case",
                        Long.toString(tick.caseId()),
                        "item",
                        tick.itemId(),
                        "by",
                        Long.toString(tick.tickedBy()),
                        "note",
                        tick.note())),
                null);
    }

    public static List<ChecklistTick> ticks(Connection c, long caseId) throws SQLException {
        return Sql.query(
                c,
                "SELECT case_id, item_id, ticked_by, ticked_at, note FROM checklist_tick WHERE case_id = ?",
                rs -> new ChecklistTick(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), Instant.parse(rs.getString(4)), rs.getString(5)),
                caseId);
    }

    // Pauses (不備照会, 保留)

    public static long startPause(
            Tx tx, long caseId, PauseKind kind, String reason, String addressee, LocalDate on, long staffId)
            throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO pause(case_id, kind, reason, addressee, started_on, started_by)" + " VALUES (?,?,?,?,?,?)",
                caseId,
                kind,
                reason,
                addressee,
                on,
                staffId);
        tx.audit(
                "pause",
                id,
                kind.label() + "開始",
                null,
                Json.write(Map.of(
                        "case", Long.toString(caseId), "reason", reason, "addressee", addressee, "on", on.toString())));
        return id;
    }

    public static void endPause(Tx tx, CasePause pause, LocalDate on, String answer, long staffId) throws SQLException {
        Sql.update(
                tx.connection(),
                "UPDATE pause SET ended_on = ?, answer = ?, ended_by = ? WHERE id = ?",
                on,
                answer,
                staffId,
                pause.id());
        tx.audit(
                "pause",
                pause.id(),
                pause.kind().label() + "終了",
                null,
                Json.write(Map.of("case", Long.toString(pause.caseId()), "answer", answer, "on", on.toString())));
    }

    public static List<CasePause> pauses(Connection c, long caseId) throws SQLException {
        return Sql.query(
                c,
                "SELECT id, case_id, kind, reason, addressee, started_on, ended_on, answer, started_by, ended_by"
                        + " FROM pause WHERE case_id = ? ORDER BY id",
                rs -> {
                    long endedBy = rs.getLong(10);
                    boolean open = rs.wasNull();
                    String ended = rs.getString(7);
                    return new CasePause(
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
                },
                caseId);
    }

    // Double checks

    public static long addReview(
            Tx tx,
            long caseId,
            long reviewerId,
            Long makerId,
            ReviewOutcome outcome,
            String comment,
            List<String> categories)
            throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO review(case_id, reviewer_id, maker_id, outcome, comment, reviewed_at)"
                        + " VALUES (?,?,?,?,?,?)",
                caseId,
                reviewerId,
                makerId,
                outcome,
                comment,
                tx.now());
        for (String category : categories) {
            Sql.update(tx.connection(), "INSERT INTO review_error(review_id, category) VALUES (?,?)", id, category);
        }
        tx.audit(
                "review",
                id,
                outcome.label(),
                null,
                Json.write(Map.of(
                        "case",
                        Long.toString(caseId),
                        "reviewer",
                        Long.toString(reviewerId),
                        "comment",
                        comment,
                        "errors",
                        String.join(",", categories))));
        return id;
    }

    public static List<Review> reviews(Connection c, long caseId) throws SQLException {
        Map<Long, List<String>> categories = new TreeMap<>();
        Sql.query(
                c,
                "SELECT e.review_id, e.category FROM review_error e JOIN review r ON r.id = e.review_id"
                        + " WHERE r.case_id = ? ORDER BY e.category",
                rs -> categories
                        .computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(rs.getString(2)),
                caseId);
        return Sql.query(
                c,
                "SELECT id, case_id, reviewer_id, maker_id, outcome, comment, reviewed_at FROM review"
                        + " WHERE case_id = ? ORDER BY id",
                rs -> {
                    long maker = rs.getLong(4);
                    boolean none = rs.wasNull();
                    return new Review(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            none ? null : maker,
                            ReviewOutcome.valueOf(rs.getString(5)),
                            rs.getString(6),
                            Instant.parse(rs.getString(7)),
                            categories.getOrDefault(rs.getLong(1), List.of()));
                },
                caseId);
    }

    // Time and comments

    public static long logTime(Tx tx, long caseId, long staffId, LocalDate day, int minutes) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO time_entry(case_id, staff_id, work_date, minutes) VALUES (?,?,?,?)",
                caseId,
                staffId,
                day,
                minutes);
        tx.audit(
                "time",
                id,
                "作業時間",
                null,
                Json.write(Map.of(
                        "case",
                        Long.toString(caseId),
                        "staff",
                        Long.toString(staffId),
                        "day",
                        day.toString(),
                        "minutes",
                        Integer.toString(minutes))));
        return id;
    }

    public static List<TimeEntry> timeEntries(Connection c, long caseId) throws SQLException {
        return Sql.query(
                c,
                "SELECT id, case_id, staff_id, work_date, minutes FROM time_entry WHERE case_id = ? ORDER BY id",
                rs -> new TimeEntry(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), LocalDate.parse(rs.getString(4)), rs.getInt(5)),
                caseId);
    }

    public static long comment(Tx tx, long caseId, long authorId, String body) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO comment(case_id, author_id, written_at, body) VALUES (?,?,?,?)",
                caseId,
                authorId,
                tx.now(),
                body);
        tx.audit("comment", id, "コメント", null, Json.write(Map.of("case", Long.toString(caseId), "body", body)));
        return id;
    }

    public static List<CaseComment> comments(Connection c, long caseId) throws SQLException {
        return Sql.query(
                c,
                "SELECT id, case_id, author_id, written_at, body FROM comment WHERE case_id = ? ORDER BY id",
                rs -> new CaseComment(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), Instant.parse(rs.getString(4)), rs.getString(5)),
                caseId);
    }
}
