package jp.shomu.ledger.store.centre;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** The monthly meetings with the city (月次定例会). */
public final class MeetingRepository {
    public static final String ENTITY = "meeting";
    static final String COLUMNS = "id, held_on, attendees, agenda, minutes, minutes_due, deliverable_id, version";

    private MeetingRepository() {}

    /** Adds a meeting whose minutes are the deliverable {@code deliverableId}. */
    public static long add(
            Tx tx, LocalDate heldOn, String attendees, String agenda, LocalDate minutesDue, long deliverableId)
            throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO meeting(held_on, attendees, agenda, minutes_due, deliverable_id) VALUES (?,?,?,?,?)",
                heldOn.toString(),
                attendees,
                agenda,
                minutesDue.toString(),
                deliverableId);
        AuditedRows.audited(tx, ENTITY, "meeting", COLUMNS, id, "登録");
        return id;
    }

    public static Optional<Meeting> heldOn(Connection c, LocalDate day) throws SQLException {
        return Sql.queryOne(
                c, "SELECT " + COLUMNS + " FROM meeting WHERE held_on = ?", MeetingRepository::map, day.toString());
    }

    public static long save(Tx tx, Meeting m) throws SQLException {
        return update(tx, m, "変更", "attendees = ?, agenda = ?, minutes = ?", m.attendees(), m.agenda(), m.minutes());
    }

    /** Moves the minutes' due date with its deliverable's when the calendar changed. */
    public static long saveMinutesDue(Tx tx, Meeting m, LocalDate due) throws SQLException {
        return update(tx, m, "議事録の期限再計算", "minutes_due = ?", due.toString());
    }

    private static long update(Tx tx, Meeting m, String action, String assignments, Object... values)
            throws SQLException {
        return AuditedRows.update(
                tx, ENTITY, "meeting", COLUMNS, "定例会", m.id(), m.version(), action, assignments, values);
    }

    public static Optional<Meeting> ofDeliverable(Connection c, long deliverableId) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT " + COLUMNS + " FROM meeting WHERE deliverable_id = ?",
                MeetingRepository::map,
                deliverableId);
    }

    public static Optional<Meeting> byId(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM meeting WHERE id = ?", MeetingRepository::map, id);
    }

    public static List<Meeting> all(Connection c) throws SQLException {
        return Sql.query(
                c, "SELECT " + COLUMNS + " FROM meeting ORDER BY held_on DESC, id DESC", MeetingRepository::map);
    }

    /** Meetings held in [from, to]. */
    public static List<Meeting> between(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM meeting WHERE held_on BETWEEN ? AND ? ORDER BY held_on, id",
                MeetingRepository::map,
                from.toString(),
                to.toString());
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "meeting", COLUMNS, id);
    }

    private static Meeting map(ResultSet rs) throws SQLException {
        return new Meeting(
                rs.getLong("id"),
                LocalDate.parse(rs.getString("held_on")),
                rs.getString("attendees"),
                rs.getString("agenda"),
                rs.getString("minutes"),
                LocalDate.parse(rs.getString("minutes_due")),
                rs.getLong("deliverable_id"),
                rs.getLong("version"));
    }
}
