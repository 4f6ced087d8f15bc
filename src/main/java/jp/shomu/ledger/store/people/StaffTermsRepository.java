package jp.shomu.ledger.store.people;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.domain.forecast.ServicePeriod;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * The 従事者名簿's terms of service (table staff_terms, V9): one row per version of a person's terms, in force from
 * its effective date. The staff table itself is untouched. Every change is audited as entity "staff_terms".
 */
public final class StaffTermsRepository {
    static final String COLUMNS = "id, staff_id, effective_from, service_from, service_to, hours_per_day,"
            + " days_per_week, task_types, my_number_since, my_number_by, recorded_by, recorded_at, version";

    /** One stored version of the terms, with the 特定個人情報 designation. */
    public record Terms(
            long id,
            ServicePeriod period,
            LocalDate myNumberSince,
            String myNumberBy,
            String recordedBy,
            String recordedAt,
            long version) {}

    private StaffTermsRepository() {}

    /**
     * Saves the terms in force from {@code period.effectiveFrom()}: a new row, or, when the person already has a row
     * for that day, a change of it at {@code expectedVersion} (null = a new row is expected).
     */
    public static long save(
            Tx tx, ServicePeriod period, LocalDate myNumberSince, String myNumberBy, Long expectedVersion)
            throws SQLException {
        Connection c = tx.connection();
        var existing = Sql.queryOne(
                c,
                "SELECT id, version FROM staff_terms WHERE staff_id = ? AND effective_from = ?",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)},
                period.staffId(),
                period.effectiveFrom());
        String types = String.join(",", period.taskTypes().stream().sorted().toList());
        if (existing.isEmpty()) {
            long id = Sql.insert(
                    c,
                    "INSERT INTO staff_terms(staff_id, effective_from, service_from, service_to, hours_per_day,"
                            + " days_per_week, task_types, my_number_since, my_number_by, recorded_by, recorded_at)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    period.staffId(),
                    period.effectiveFrom(),
                    period.serviceFrom(),
                    period.serviceTo(),
                    period.hoursPerDay(),
                    period.daysPerWeek(),
                    types,
                    myNumberSince,
                    myNumberSince == null ? null : myNumberBy,
                    tx.actor(),
                    tx.now().toString());
            tx.audit("staff_terms", id, "登録", null, Json.write(snapshot(c, id)));
            return 1;
        }
        long id = existing.get()[0];
        long version = expectedVersion == null ? -1 : expectedVersion;
        Map<String, String> before = snapshot(c, id);
        int n = Sql.update(
                c,
                "UPDATE staff_terms SET service_from = ?, service_to = ?, hours_per_day = ?, days_per_week = ?,"
                        + " task_types = ?, my_number_since = ?, my_number_by = ?, recorded_by = ?, recorded_at = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?",
                period.serviceFrom(),
                period.serviceTo(),
                period.hoursPerDay(),
                period.daysPerWeek(),
                types,
                myNumberSince,
                myNumberSince == null ? null : myNumberBy,
                tx.actor(),
                tx.now().toString(),
                id,
                version);
        if (n == 0) {
            throw new ConflictException(
                    "従事者名簿のこの版(" + period.effectiveFrom() + " から)は他の人が先に登録・更新しました(あなたの版 "
                            + (expectedVersion == null ? "なし" : expectedVersion) + ")。",
                    existing.get()[1]);
        }
        Map<String, String> after = snapshot(c, id);
        tx.audit("staff_terms", id, "変更", Json.write(before), Json.write(after));
        return Long.parseLong(after.get("version"));
    }

    public static List<Terms> all(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM staff_terms ORDER BY staff_id, effective_from",
                StaffTermsRepository::map);
    }

    public static List<ServicePeriod> periods(Connection c) throws SQLException {
        return all(c).stream().map(Terms::period).toList();
    }

    /** The row as the audit trail records it. */
    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT " + COLUMNS + " FROM staff_terms WHERE id = ?",
                        rs -> {
                            Map<String, String> m = new LinkedHashMap<>();
                            for (String col : COLUMNS.split(",\\s*")) {
                                m.put(col, rs.getString(col));
                            }
                            return m;
                        },
                        id)
                .orElse(Map.of());
    }

    private static Terms map(ResultSet rs) throws SQLException {
        Set<String> types = Arrays.stream(rs.getString("task_types").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String to = rs.getString("service_to");
        String since = rs.getString("my_number_since");
        return new Terms(
                rs.getLong("id"),
                new ServicePeriod(
                        rs.getLong("staff_id"),
                        LocalDate.parse(rs.getString("effective_from")),
                        LocalDate.parse(rs.getString("service_from")),
                        to == null ? null : LocalDate.parse(to),
                        rs.getDouble("hours_per_day"),
                        rs.getInt("days_per_week"),
                        types),
                since == null ? null : LocalDate.parse(since),
                rs.getString("my_number_by"),
                rs.getString("recorded_by"),
                rs.getString("recorded_at"),
                rs.getLong("version"));
    }
}
