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

/** Each month's payroll cut-off (給与の締め日), set by a leader; kept in meta as {@code payroll_cutoff.YYYY-MM}. */
public final class PayrollCutoffs {
    private static final String PREFIX = "payroll_cutoff.";

    private PayrollCutoffs() {}

    public static Optional<LocalDate> of(Connection c, YearMonth month) throws SQLException {
        return DeskQueries.meta(c, PREFIX + month).map(LocalDate::parse);
    }

    /** Sets the month's cut-off, audited as a setting with the value before and after. */
    public static void set(Tx tx, YearMonth month, LocalDate day) throws SQLException {
        Optional<LocalDate> before = of(tx.connection(), month);
        Sql.update(
                tx.connection(),
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                PREFIX + month,
                day.toString());
        tx.audit(
                "setting",
                PREFIX + month,
                "給与の締め日",
                before.map(d -> Json.write(Map.of("day", d.toString()))).orElse(null),
                Json.write(Map.of("day", day.toString())));
    }
}
