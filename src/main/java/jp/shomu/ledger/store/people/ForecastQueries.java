package jp.shomu.ledger.store.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.store.Sql;

/** The counts the forecast reads: cases received and minutes worked, per month and 中区分. */
public final class ForecastQueries {
    private ForecastQueries() {}

    /** Cases received between two days, per month and type. */
    public static Map<YearMonth, Map<String, Long>> received(Connection c, LocalDate first, LocalDate last)
            throws SQLException {
        Map<YearMonth, Map<String, Long>> result = new HashMap<>();
        Sql.query(
                        c,
                        "SELECT substr(received_on, 1, 7), type_code, COUNT(*) FROM case_file"
                                + " WHERE received_on BETWEEN ? AND ? GROUP BY 1, 2",
                        rs -> new Object[] {YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)},
                        first,
                        last)
                .forEach(r -> result.computeIfAbsent((YearMonth) r[0], k -> new HashMap<>())
                        .put((String) r[1], (Long) r[2]));
        return result;
    }

    /** Months between two days in which the ledger received any case (it was in use). */
    public static Set<YearMonth> monthsInUse(Connection c, LocalDate first, LocalDate last) throws SQLException {
        return new HashSet<>(Sql.query(
                c,
                "SELECT DISTINCT substr(received_on, 1, 7) FROM case_file WHERE received_on BETWEEN ? AND ?",
                rs -> YearMonth.parse(rs.getString(1)),
                first,
                last));
    }

    /** Minutes of the time entries between two days, per month of the work date and the case's type. */
    public static Map<YearMonth, Map<String, Long>> minutes(Connection c, LocalDate first, LocalDate last)
            throws SQLException {
        Map<YearMonth, Map<String, Long>> result = new HashMap<>();
        Sql.query(
                        c,
                        "SELECT substr(t.work_date, 1, 7), f.type_code, SUM(t.minutes) FROM time_entry t"
                                + " JOIN case_file f ON f.id = t.case_id WHERE t.work_date BETWEEN ? AND ?"
                                + " GROUP BY 1, 2",
                        rs -> new Object[] {YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)},
                        first,
                        last)
                .forEach(r -> result.computeIfAbsent((YearMonth) r[0], k -> new HashMap<>())
                        .put((String) r[1], (Long) r[2]));
        return result;
    }

    /**
     * Per type: completed cases (完了 since {@code since}) that have time entries, and the minutes recorded on them.
     * Returns {type: [cases, minutes]}.
     */
    public static Map<String, long[]> completedCaseMinutes(Connection c, LocalDate since) throws SQLException {
        Map<String, long[]> result = new HashMap<>();
        Sql.query(
                        c,
                        "SELECT f.type_code, COUNT(*), SUM(t.m) FROM"
                                + " (SELECT case_id, SUM(minutes) AS m FROM time_entry GROUP BY case_id) t"
                                + " JOIN case_file f ON f.id = t.case_id"
                                + " WHERE f.completed_on IS NOT NULL AND f.completed_on >= ? GROUP BY f.type_code",
                        rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)},
                        since)
                .forEach(r -> result.put((String) r[0], new long[] {(Long) r[1], (Long) r[2]}));
        return result;
    }
}
