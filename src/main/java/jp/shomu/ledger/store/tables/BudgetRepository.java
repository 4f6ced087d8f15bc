package jp.shomu.ledger.store.tables;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shomu.ledger.domain.tables.BudgetLine;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** 4-2's budget lines and their monthly spending, audited as {@value #ENTITY} and {@value #SPEND_ENTITY}. */
public final class BudgetRepository {
    public static final String ENTITY = "budget_line";
    public static final String SPEND_ENTITY = "budget_spend";
    static final String COLUMNS = "id, fiscal_year, code, name, department, budget, version";
    static final String SPEND_COLUMNS = "id, line_id, month, amount, version";

    private BudgetRepository() {}

    public static long add(Tx tx, BudgetLine l) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO budget_line(fiscal_year, code, name, department, budget) VALUES (?,?,?,?,?)",
                l.fiscalYear(),
                l.code(),
                l.name(),
                l.department(),
                l.budget());
        AuditedRows.audited(tx, ENTITY, "budget_line", COLUMNS, id, "登録");
        return id;
    }

    /** Changes a line's 経費種別 and 予算額 last read at {@code expectedVersion}; returns the new version. */
    public static long change(Tx tx, long id, long expectedVersion, String name, long budget) throws SQLException {
        return AuditedRows.update(
                tx,
                ENTITY,
                "budget_line",
                COLUMNS,
                "予算の行",
                id,
                expectedVersion,
                "変更",
                "name = ?, budget = ?",
                name,
                budget);
    }

    /** The fiscal year's lines in code and department order. */
    public static List<BudgetLine> ofYear(Connection c, int fiscalYear) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM budget_line WHERE fiscal_year = ? ORDER BY code, department",
                BudgetRepository::map,
                fiscalYear);
    }

    public static Optional<BudgetLine> line(Connection c, int fiscalYear, String code, String department)
            throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT " + COLUMNS + " FROM budget_line WHERE fiscal_year = ? AND code = ? AND department = ?",
                BudgetRepository::map,
                fiscalYear,
                code,
                department);
    }

    /** The lines of the month's fiscal year, and those of the year before still spent on in the month (出納整理期間). */
    public static List<BudgetLine> linesFor(Connection c, int fiscalYear, YearMonth month) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM budget_line WHERE fiscal_year = ? OR id IN"
                        + " (SELECT line_id FROM budget_spend WHERE month = ?) ORDER BY fiscal_year, code, id",
                BudgetRepository::map,
                fiscalYear,
                month.toString());
    }

    /** The line's spending by month. */
    public static Map<YearMonth, Long> spends(Connection c, long lineId) throws SQLException {
        Map<YearMonth, Long> spends = new TreeMap<>();
        Sql.query(
                c,
                "SELECT month, amount FROM budget_spend WHERE line_id = ?",
                rs -> spends.put(YearMonth.parse(rs.getString(1)), rs.getLong(2)),
                lineId);
        return spends;
    }

    /** Sets what was spent on the line in the month (replacing what was there, audited). */
    public static void spend(Tx tx, long lineId, YearMonth month, long amount) throws SQLException {
        Optional<long[]> now = Sql.queryOne(
                tx.connection(),
                "SELECT id, version, amount FROM budget_spend WHERE line_id = ? AND month = ?",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                lineId,
                month.toString());
        if (now.isPresent()) {
            if (now.get()[2] != amount) {
                AuditedRows.update(
                        tx,
                        SPEND_ENTITY,
                        "budget_spend",
                        SPEND_COLUMNS,
                        "執行額",
                        now.get()[0],
                        now.get()[1],
                        "変更",
                        "amount = ?",
                        amount);
            }
            return;
        }
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO budget_spend(line_id, month, amount) VALUES (?,?,?)",
                lineId,
                month.toString(),
                amount);
        AuditedRows.audited(tx, SPEND_ENTITY, "budget_spend", SPEND_COLUMNS, id, "登録");
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "budget_line", COLUMNS, id);
    }

    public static Map<String, String> spendSnapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "budget_spend", SPEND_COLUMNS, id);
    }

    private static BudgetLine map(java.sql.ResultSet rs) throws SQLException {
        return new BudgetLine(
                rs.getLong("id"),
                rs.getInt("fiscal_year"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("department"),
                rs.getLong("budget"),
                rs.getLong("version"));
    }
}
