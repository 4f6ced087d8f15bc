package jp.shomu.ledger.store.tables;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.tables.Postage;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** 料金後納 postage by department and month (6-1), audited as {@value #ENTITY}. */
public final class PostageRepository {
    public static final String ENTITY = "postage";
    static final String COLUMNS = "id, month, department, amount, pieces, version";

    private PostageRepository() {}

    /**
     * Sets the department's postage for the month; an existing one is changed only at {@code expectedVersion} (null:
     * the version just read, for imports that replace the month).
     */
    public static void set(Tx tx, Postage p, Long expectedVersion) throws SQLException {
        Optional<Postage> now = of(tx.connection(), p.month().toString(), p.department());
        if (now.isPresent()) {
            AuditedRows.update(
                    tx,
                    ENTITY,
                    "postage",
                    COLUMNS,
                    "後納料金",
                    now.get().id(),
                    expectedVersion == null ? now.get().version() : expectedVersion,
                    "変更",
                    "amount = ?, pieces = ?",
                    p.amount(),
                    p.pieces());
            return;
        }
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO postage(month, department, amount, pieces) VALUES (?,?,?,?)",
                p.month().toString(),
                p.department(),
                p.amount(),
                p.pieces());
        AuditedRows.audited(tx, ENTITY, "postage", COLUMNS, id, "登録");
    }

    private static Optional<Postage> of(Connection c, String month, String department) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT " + COLUMNS + " FROM postage WHERE month = ? AND department = ?",
                PostageRepository::map,
                month,
                department);
    }

    public static List<Postage> inMonth(Connection c, String month) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM postage WHERE month = ? ORDER BY department",
                PostageRepository::map,
                month);
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "postage", COLUMNS, id);
    }

    private static Postage map(java.sql.ResultSet rs) throws SQLException {
        return new Postage(
                rs.getLong("id"),
                java.time.YearMonth.parse(rs.getString("month")),
                rs.getString("department"),
                rs.getLong("amount"),
                rs.getLong("pieces"),
                rs.getLong("version"));
    }
}
