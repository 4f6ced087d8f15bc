package jp.shomu.ledger.store.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** Training records and ID badge events of the 従事者名簿 (V11), appended only and audited. */
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
        Map<String, String> after = new LinkedHashMap<>();
        after.put("staff_id", String.valueOf(staffId));
        after.put("course", course);
        after.put("taken_on", takenOn.toString());
        tx.audit("staff_training", id, "登録", null, Json.write(after));
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
        Map<String, String> after = new LinkedHashMap<>();
        after.put("staff_id", String.valueOf(e.staffId()));
        after.put("badge_no", e.badgeNo());
        after.put("event", e.event());
        after.put("on_date", e.on().toString());
        after.put("reported_on", e.reportedOn() == null ? null : e.reportedOn().toString());
        tx.audit("staff_badge", id, "登録", null, Json.write(after));
        return id;
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
