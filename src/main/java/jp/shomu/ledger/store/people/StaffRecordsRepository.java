package jp.shomu.ledger.store.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** Training records and ID badge events of the 従事者名簿 (V9), appended only and audited. */
public final class StaffRecordsRepository {
    /** A course someone took. */
    public record Training(long staffId, String course, LocalDate takenOn) {}

    /** An ID badge event: ISSUED, RETURNED or LOST (with the day the loss was reported). */
    public record BadgeEvent(long staffId, String badgeNo, String event, LocalDate on, LocalDate reportedOn) {}

    private StaffRecordsRepository() {}

    public static long addTraining(Tx tx, long staffId, String course, LocalDate takenOn) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO staff_training(staff_id, course, taken_on, recorded_by) VALUES (?,?,?,?)",
                staffId,
                course,
                takenOn,
                tx.actor());
        tx.audit("staff_training", id, "登録", null, Json.write(trainingSnapshot(tx.connection(), id)));
        return id;
    }

    public static long addBadgeEvent(Tx tx, BadgeEvent e) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO staff_badge(staff_id, badge_no, event, on_date, reported_on, recorded_by)"
                        + " VALUES (?,?,?,?,?,?)",
                e.staffId(),
                e.badgeNo(),
                e.event(),
                e.on(),
                e.reportedOn(),
                tx.actor());
        tx.audit("staff_badge", id, "登録", null, Json.write(badgeSnapshot(tx.connection(), id)));
        return id;
    }

    /** A training row as the audit trail records it; verify compares it with the last audited image. */
    public static Map<String, String> trainingSnapshot(Connection c, long id) throws SQLException {
        return snapshot(c, "staff_training", "id, staff_id, course, taken_on, recorded_by", id);
    }

    /** A badge row as the audit trail records it; verify compares it with the last audited image. */
    public static Map<String, String> badgeSnapshot(Connection c, long id) throws SQLException {
        return snapshot(c, "staff_badge", "id, staff_id, badge_no, event, on_date, reported_on, recorded_by", id);
    }

    private static Map<String, String> snapshot(Connection c, String table, String columns, long id)
            throws SQLException {
        return Sql.row(c, table, columns, "id = ?", id);
    }

    public static List<Training> trainings(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT staff_id, course, taken_on FROM staff_training ORDER BY staff_id, taken_on, id",
                rs -> new Training(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3))));
    }

    public static List<BadgeEvent> badgeEvents(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT staff_id, badge_no, event, on_date, reported_on FROM staff_badge ORDER BY staff_id, on_date, id",
                rs -> new BadgeEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        LocalDate.parse(rs.getString(4)),
                        rs.getString(5) == null ? null : LocalDate.parse(rs.getString(5))));
    }
}
