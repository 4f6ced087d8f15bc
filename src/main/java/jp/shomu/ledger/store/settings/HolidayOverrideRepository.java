package jp.shomu.ledger.store.settings;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.calendar.HolidayOverride;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** One-off holiday changes imported by a leader; read by every PC when it opens the ledger. */
public final class HolidayOverrideRepository {
    private HolidayOverrideRepository() {}

    public static List<HolidayOverride> all(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT day, name, kind FROM holiday_override ORDER BY day",
                rs -> new HolidayOverride(
                        LocalDate.parse(rs.getString(1)),
                        rs.getString(2),
                        HolidayOverride.Kind.valueOf(rs.getString(3))));
    }

    /** Replaces the overrides of the given years with {@code overrides}. */
    public static void replaceYears(
            Tx tx, Collection<Integer> years, Collection<HolidayOverride> overrides, String source)
            throws SQLException {
        for (int year : years) {
            Sql.update(
                    tx.connection(),
                    "DELETE FROM holiday_override WHERE day BETWEEN ? AND ?",
                    year + "-01-01",
                    year + "-12-31");
        }
        for (HolidayOverride o : overrides) {
            Sql.update(
                    tx.connection(),
                    "INSERT INTO holiday_override(day, name, kind, source) VALUES (?,?,?,?)",
                    o.date(),
                    o.name(),
                    o.kind(),
                    source);
        }
        tx.audit(
                "holiday",
                String.join(",", years.stream().map(String::valueOf).toList()),
                "祝日の取込み",
                null,
                Json.write(Map.of("source", source, "overrides", Integer.toString(overrides.size()))));
    }

    /** Sets one day's override (replacing any), or removes the day's override when {@code override} is null. */
    public static void put(Tx tx, LocalDate day, HolidayOverride override, String source) throws SQLException {
        Map<String, String> before = Sql.queryOne(
                        tx.connection(),
                        "SELECT name, kind FROM holiday_override WHERE day = ?",
                        rs -> Map.of("day", day.toString(), "name", rs.getString(1), "kind", rs.getString(2)),
                        day)
                .orElse(null);
        Sql.update(tx.connection(), "DELETE FROM holiday_override WHERE day = ?", day);
        Map<String, String> after = null;
        if (override != null) {
            Sql.update(
                    tx.connection(),
                    "INSERT INTO holiday_override(day, name, kind, source) VALUES (?,?,?,?)",
                    day,
                    override.name(),
                    override.kind(),
                    source);
            after = Map.of(
                    "day",
                    day.toString(),
                    "name",
                    override.name(),
                    "kind",
                    override.kind().name());
        }
        tx.audit(
                "holiday",
                day.toString(),
                override == null ? "祝日の変更の取消し" : "祝日の変更",
                before == null ? null : Json.write(before),
                after == null ? null : Json.write(after));
    }
}
