package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.store.Sql;

/**
 * The monthly report's aggregates, each one short read that SQLite answers from an index. Stored instants are UTC
 * (Instant.toString); they are turned into the Japanese calendar day with date(x, '+9 hours') — the one
 * SQLite-specific expression here, next to a plain range on the raw text that keeps the index usable.
 */
public final class MonthlyQueries {
    private static final String JST_DAY_IN = " >= ? AND %1$s < ? AND date(%1$s, '+9 hours') BETWEEN ? AND ?";

    private MonthlyQueries() {}

    /** A count for one task type. */
    public record TypeCount(String typeCode, long count) {}

    /** Cases completed in the month, by task type and the catalog version they were registered in. */
    public record Completed(
            String typeCode,
            int catalogVersion,
            long completed,
            long withDue,
            long onTime,
            long late,
            long doubleChecked) {}

    /** Double checks of the month by task type and outcome: how many, and on how many distinct cases. */
    public record Reviews(String typeCode, ReviewOutcome outcome, long count, long cases) {}

    /** Error categories found in the month by task type and outcome (a review with two categories counts twice). */
    public record Categories(String typeCode, ReviewOutcome outcome, String category, long count) {}

    /** One maker's double checks in the month. */
    public record MakerReviews(Long makerId, long checked, long sentBack) {}

    public static List<TypeCount> received(Connection c, LocalDate first, LocalDate last) throws SQLException {
        return Sql.query(
                c,
                "SELECT type_code, COUNT(*) FROM case_file WHERE received_on BETWEEN ? AND ? GROUP BY type_code",
                rs -> new TypeCount(rs.getString(1), rs.getLong(2)),
                first,
                last);
    }

    public static List<Completed> completed(Connection c, LocalDate first, LocalDate last) throws SQLException {
        return Sql.query(
                c,
                "SELECT type_code, catalog_version, COUNT(*), SUM(due_on IS NOT NULL),"
                        + " SUM(due_on IS NOT NULL AND COALESCE(centre_done_on, completed_on) <= due_on),"
                        + " SUM(due_on IS NOT NULL AND COALESCE(centre_done_on, completed_on) > due_on),"
                        + " SUM(EXISTS (SELECT 1 FROM review r WHERE r.case_id = f.id AND r.outcome = 'APPROVED'"
                        + "   AND r.reviewer_id <> COALESCE(r.maker_id, -1)))"
                        + " FROM case_file f WHERE status = 'DONE' AND completed_on BETWEEN ? AND ?"
                        + " GROUP BY type_code, catalog_version",
                rs -> new Completed(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7)),
                first,
                last);
    }

    public static List<TypeCount> withdrawn(Connection c, LocalDate first, LocalDate last) throws SQLException {
        return Sql.query(
                c,
                "SELECT type_code, COUNT(*) FROM case_file WHERE status = 'WITHDRAWN' AND updated_at"
                        + String.format(JST_DAY_IN, "updated_at") + " GROUP BY type_code",
                rs -> new TypeCount(rs.getString(1), rs.getLong(2)),
                dayRange(first, last));
    }

    public static List<TypeCount> minutesLogged(Connection c, LocalDate first, LocalDate last) throws SQLException {
        return Sql.query(
                c,
                "SELECT f.type_code, SUM(t.minutes) FROM time_entry t JOIN case_file f ON f.id = t.case_id"
                        + " WHERE t.work_date BETWEEN ? AND ? GROUP BY f.type_code",
                rs -> new TypeCount(rs.getString(1), rs.getLong(2)),
                first,
                last);
    }

    public static List<Reviews> reviews(Connection c, LocalDate first, LocalDate last) throws SQLException {
        return Sql.query(
                c,
                "SELECT f.type_code, r.outcome, COUNT(*), COUNT(DISTINCT r.case_id) FROM review r"
                        + " JOIN case_file f ON f.id = r.case_id WHERE r.reviewed_at"
                        + String.format(JST_DAY_IN, "r.reviewed_at")
                        + " GROUP BY f.type_code, r.outcome",
                rs -> new Reviews(
                        rs.getString(1), ReviewOutcome.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4)),
                dayRange(first, last));
    }

    public static List<Categories> categories(Connection c, LocalDate first, LocalDate last) throws SQLException {
        return Sql.query(
                c,
                "SELECT f.type_code, r.outcome, e.category, COUNT(*) FROM review_error e"
                        + " JOIN review r ON r.id = e.review_id JOIN case_file f ON f.id = r.case_id"
                        + " WHERE r.reviewed_at" + String.format(JST_DAY_IN, "r.reviewed_at")
                        + " GROUP BY f.type_code, r.outcome, e.category",
                rs -> new Categories(
                        rs.getString(1), ReviewOutcome.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4)),
                dayRange(first, last));
    }

    public static List<MakerReviews> makers(Connection c, LocalDate first, LocalDate last) throws SQLException {
        return Sql.query(
                c,
                "SELECT r.maker_id, COUNT(*), SUM(r.outcome = 'SENT_BACK') FROM review r"
                        + " WHERE r.outcome IN ('APPROVED', 'SENT_BACK') AND r.reviewed_at"
                        + String.format(JST_DAY_IN, "r.reviewed_at") + " GROUP BY r.maker_id",
                rs -> {
                    long maker = rs.getLong(1);
                    return new MakerReviews(rs.wasNull() ? null : maker, rs.getLong(2), rs.getLong(3));
                },
                dayRange(first, last));
    }

    /**
     * Parameters for a JST day range over a UTC instant column: a raw text range one day wider on each side (for
     * the index), then the exact Japanese days.
     */
    private static Object[] dayRange(LocalDate first, LocalDate last) {
        return new Object[] {
            first.minusDays(1).toString(), last.plusDays(2).toString(), first.toString(), last.toString()
        };
    }
}
