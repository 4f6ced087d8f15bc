package jp.shomu.ledger.store.desk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * The desk's ledger-wide settings, kept in meta (one value a key, so no table of their own): the "due within N
 * business days" window ({@code desk.within}) and each month's payroll cut-off ({@code payroll_cutoff.YYYY-MM}).
 * Every change is audited as a {@code setting} with the value before and after.
 */
public final class DeskSettings {
    private static final String WITHIN = "desk.within";
    private static final String CUTOFF = "payroll_cutoff.";

    private DeskSettings() {}

    /** The window the leaders set, empty while nobody has set one. */
    public static Optional<Integer> within(Connection c) throws SQLException {
        return DeskQueries.meta(c, WITHIN).map(Integer::valueOf);
    }

    public static void setWithin(Tx tx, int days) throws SQLException {
        put(tx, WITHIN, "期限間近の営業日数", "days", Integer.toString(days));
    }

    public static Optional<LocalDate> payrollCutoff(Connection c, YearMonth month) throws SQLException {
        return DeskQueries.meta(c, CUTOFF + month).map(LocalDate::parse);
    }

    public static void setPayrollCutoff(Tx tx, YearMonth month, LocalDate day) throws SQLException {
        put(tx, CUTOFF + month, "給与の締め日", "day", day.toString());
    }

    private static void put(Tx tx, String key, String label, String name, String value) throws SQLException {
        Optional<String> before = DeskQueries.meta(tx.connection(), key);
        Sql.update(
                tx.connection(),
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                key,
                value);
        tx.audit(
                "setting",
                key,
                label,
                before.map(b -> Json.write(Map.of(name, b))).orElse(null),
                Json.write(Map.of(name, value)));
    }
}
