package jp.shomu.ledger.store.settings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** The roster: who may work in the ledger and in which role. */
public final class StaffRepository {
    private static final String COLUMNS = "id, login, employee_no, name, role, team, active, version";

    private StaffRepository() {}

    public static long add(Tx tx, String login, String employeeNo, String name, Role role, String team)
            throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO staff(login, employee_no, name, role, team) VALUES (?,?,?,?,?)",
                login,
                employeeNo,
                name,
                role,
                team);
        tx.audit("staff", id, "登録", null, Json.write(snapshot(tx.connection(), id)));
        return id;
    }

    /**
     * Saves a roster entry's role, team and whether it may still work, if it is still at {@code expectedVersion};
     * returns the new version.
     *
     * @throws ConflictException when someone else changed it first
     */
    public static long update(Tx tx, long id, long expectedVersion, Role role, String team, boolean active)
            throws SQLException {
        Map<String, String> before = snapshot(tx.connection(), id);
        int n = Sql.update(
                tx.connection(),
                "UPDATE staff SET role = ?, team = ?, active = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?",
                role,
                team,
                active,
                id,
                expectedVersion);
        if (n == 0) {
            throw new ConflictException(
                    "職員名簿のこの行は他の人が先に更新しました(あなたの版 " + expectedVersion + ")。",
                    before.isEmpty() ? 0 : Long.parseLong(before.get("version")));
        }
        Map<String, String> after = snapshot(tx.connection(), id);
        tx.audit("staff", id, "変更", Json.write(before), Json.write(after));
        return Long.parseLong(after.get("version"));
    }

    public static Optional<StaffMember> byLogin(Connection c, String login) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM staff WHERE login = ?", StaffRepository::map, login);
    }

    public static Optional<StaffMember> byId(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM staff WHERE id = ?", StaffRepository::map, id);
    }

    public static List<StaffMember> all(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM staff ORDER BY role, employee_no", StaffRepository::map);
    }

    /** The row as the audit trail records it; verify compares it with the last audited image. */
    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT " + COLUMNS + " FROM staff WHERE id = ?",
                        rs -> {
                            Map<String, String> m = new LinkedHashMap<>();
                            for (String col : COLUMNS.split(", ")) {
                                m.put(col, rs.getString(col));
                            }
                            return m;
                        },
                        id)
                .orElse(Map.of());
    }

    private static StaffMember map(ResultSet rs) throws SQLException {
        return new StaffMember(
                rs.getLong("id"),
                rs.getString("login"),
                rs.getString("employee_no"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("team"),
                rs.getInt("active") == 1,
                rs.getLong("version"));
    }
}
