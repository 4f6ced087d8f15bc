package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
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

    /** Cases completed in the month (as they stood at the cut), by task type and the catalog version they were registered in. */
    public record Completed(
            String typeCode,
            int catalogVersion,
            long completed,
            long withDue,
            long onTime,
            long late,
            long withError,
            long minutes) {}

    /** A case completed in the month, to be judged one by one (the double check). */
    public record CompletedCase(long id, String typeCode, int catalogVersion) {}

    /** Double checks of the month by task type and outcome: how many, and on how many distinct cases. */
    public record Reviews(String typeCode, ReviewOutcome outcome, long count, long cases) {}

    /** Error categories found in the month by task type and outcome (a review with two categories counts twice). */
    public record Categories(String typeCode, ReviewOutcome outcome, String category, long count) {}

    /** One maker's double checks in the month. */
    public record MakerReviews(Long makerId, long checked, long sentBack) {}

    /** Cases received in the month, of those registered before {@code cut}. */
    public static List<TypeCount> received(Connection c, Instant cut, LocalDate first, LocalDate last)
            throws SQLException {
        return Sql.query(
                c,
                CasesAsOf.with()
                        + "SELECT type_code, COUNT(*) FROM f WHERE received_on BETWEEN ? AND ? GROUP BY type_code",
                rs -> new TypeCount(rs.getString(1), rs.getLong(2)),
                CasesAsOf.params(cut, first, last));
    }

    /**
     * Cases complete at {@code cut} whose 完了日 is in the month: how many, with a due date, on time, late; how many
     * of them had an error found after completion in the month; the minutes recorded on them before the cut.
     */
    public static List<Completed> completed(Connection c, Instant cut, LocalDate first, LocalDate last)
            throws SQLException {
        List<Object> params = new java.util.ArrayList<>(List.of(dayRange(first, last)));
        params.add(AsOf.text(cut));
        params.add(first);
        params.add(last);
        return Sql.query(
                c,
                CasesAsOf.with() + "SELECT type_code, catalog_version, COUNT(*), SUM(due_on IS NOT NULL),"
                        + " SUM(due_on IS NOT NULL AND COALESCE(centre_done_on, completed_on) <= due_on),"
                        + " SUM(due_on IS NOT NULL AND COALESCE(centre_done_on, completed_on) > due_on),"
                        + " SUM(EXISTS (SELECT 1 FROM review r WHERE r.case_id = f.id"
                        + "   AND r.outcome = 'POST_COMPLETION_ERROR' AND r.reviewed_at"
                        + String.format(JST_DAY_IN, "r.reviewed_at") + ")),"
                        + " SUM((SELECT COALESCE(SUM(t.minutes), 0) FROM time_entry t WHERE t.case_id = f.id AND"
                        + CasesAsOf.timeRecordedBefore() + "))"
                        + " FROM f WHERE status = 'DONE' AND completed_on BETWEEN ? AND ?"
                        + " GROUP BY type_code, catalog_version",
                rs -> new Completed(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)),
                CasesAsOf.params(cut, params.toArray()));
    }

    /** The cases {@link #completed} counts, a page at a time after case number {@code afterId}. */
    public static List<CompletedCase> completedCases(
            Connection c, Instant cut, LocalDate first, LocalDate last, long afterId, int limit) throws SQLException {
        return Sql.query(
                c,
                CasesAsOf.with() + "SELECT id, type_code, catalog_version FROM f WHERE status = 'DONE'"
                        + " AND completed_on BETWEEN ? AND ? AND id > ? ORDER BY id LIMIT ?",
                rs -> new CompletedCase(rs.getLong(1), rs.getString(2), rs.getInt(3)),
                CasesAsOf.params(cut, first, last, afterId, limit));
    }

    /** Cases withdrawn in the month, as they stood at the cut (a withdrawn case is never saved again). */
    public static List<TypeCount> withdrawn(Connection c, Instant cut, LocalDate first, LocalDate last)
            throws SQLException {
        return Sql.query(
                c,
                CasesAsOf.with() + "SELECT type_code, COUNT(*) FROM f WHERE status = 'WITHDRAWN' AND updated_at"
                        + String.format(JST_DAY_IN, "updated_at") + " GROUP BY type_code",
                rs -> new TypeCount(rs.getString(1), rs.getLong(2)),
                CasesAsOf.params(cut, dayRange(first, last)));
    }

    /** Minutes with a 作業日 in the month, recorded before the cut. */
    public static List<TypeCount> minutesLogged(Connection c, Instant cut, LocalDate first, LocalDate last)
            throws SQLException {
        return Sql.query(
                c,
                "SELECT f.type_code, SUM(t.minutes) FROM time_entry t JOIN case_file f ON f.id = t.case_id"
                        + " WHERE t.work_date BETWEEN ? AND ? AND" + CasesAsOf.timeRecordedBefore()
                        + " GROUP BY f.type_code",
                rs -> new TypeCount(rs.getString(1), rs.getLong(2)),
                first,
                last,
                AsOf.text(cut));
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
