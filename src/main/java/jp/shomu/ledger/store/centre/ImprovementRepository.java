package jp.shomu.ledger.store.centre;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.ImprovementStatus;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** Improvement proposals (業務改善報告書) and how far each has come. */
public final class ImprovementRepository {
    public static final String ENTITY = "improvement";
    static final String COLUMNS = "id, title, detail, type_codes, expected_minutes, status, proposed_on,"
            + " measured_minutes, measured_note, proposed_by, version";

    private ImprovementRepository() {}

    public static long add(Tx tx, String title, String detail, List<String> typeCodes, long expectedMinutes)
            throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO improvement(title, detail, type_codes, expected_minutes, proposed_on, proposed_by)"
                        + " VALUES (?,?,?,?,?,?)",
                title,
                detail,
                AuditedRows.joined(typeCodes),
                expectedMinutes,
                tx.today().toString(),
                tx.actor());
        AuditedRows.audited(tx, ENTITY, "improvement", COLUMNS, id, "登録");
        return id;
    }

    public static long save(Tx tx, Improvement i, String action) throws SQLException {
        return AuditedRows.update(
                tx,
                ENTITY,
                "improvement",
                COLUMNS,
                "改善提案",
                i.id(),
                i.version(),
                action,
                "title = ?, detail = ?, type_codes = ?, expected_minutes = ?, status = ?, measured_minutes = ?,"
                        + " measured_note = ?",
                i.title(),
                i.detail(),
                AuditedRows.joined(i.typeCodes()),
                i.expectedMinutesPerYear(),
                i.status().name(),
                i.measuredMinutesPerYear(),
                i.measuredNote());
    }

    public static Optional<Improvement> byId(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM improvement WHERE id = ?", ImprovementRepository::map, id);
    }

    public static List<Improvement> all(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM improvement ORDER BY id DESC", ImprovementRepository::map);
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "improvement", COLUMNS, id);
    }

    private static Improvement map(ResultSet rs) throws SQLException {
        long measured = rs.getLong("measured_minutes");
        Long measuredOrNull = rs.wasNull() ? null : measured;
        return new Improvement(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("detail"),
                AuditedRows.split(rs.getString("type_codes")),
                rs.getLong("expected_minutes"),
                ImprovementStatus.valueOf(rs.getString("status")),
                LocalDate.parse(rs.getString("proposed_on")),
                measuredOrNull,
                rs.getString("measured_note"),
                rs.getString("proposed_by"),
                rs.getLong("version"));
    }
}
