package jp.shomu.ledger.app.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.store.Sql;

/**
 * The monthly report's core figures as one aggregate statement: per task type, the cases received in the month,
 * those whose centre part finished in it, and how many of those finished by their due date. The report
 * engineer's own report code is not in this branch; this is the equivalent read the benchmark times.
 */
final class MonthFigures {
    static final String SQL = "SELECT type_code, SUM(received_on BETWEEN ?1 AND ?2),"
            + " SUM(centre_done_on BETWEEN ?1 AND ?2),"
            + " SUM(centre_done_on BETWEEN ?1 AND ?2 AND (due_on IS NULL OR centre_done_on <= due_on))"
            + " FROM case_file WHERE received_on BETWEEN ?1 AND ?2 OR centre_done_on BETWEEN ?1 AND ?2"
            + " GROUP BY type_code ORDER BY type_code";

    private MonthFigures() {}

    record Row(String typeCode, long received, long done, long onTime) {}

    static List<Row> of(Connection c, YearMonth month) throws SQLException {
        return Sql.query(
                c,
                SQL,
                rs -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                month.atDay(1).toString(),
                month.atEndOfMonth().toString());
    }

    /** The month whose received cases come closest to {@code target} (the benchmark's "10,000-case month"). */
    static YearMonth busiestNear(Connection c, int target) throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT substr(received_on, 1, 7), COUNT(*) AS n FROM case_file GROUP BY 1"
                                + " ORDER BY abs(n - ?) LIMIT 1",
                        rs -> YearMonth.parse(rs.getString(1)),
                        target)
                .orElseThrow();
    }
}
