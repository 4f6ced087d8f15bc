package jp.shomu.ledger.store.inquiries;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The month's sums the monthly report needs, aggregated in SQL (a month is at most a few thousand inquiries). */
public final class InquiryTallies {
    private InquiryTallies() {}

    /** Count per value of {@code column} (channel, type_code or department) for inquiries received in the range. */
    public static Map<String, Long> countBy(Connection c, String column, String from, String to) throws SQLException {
        if (!List.of("channel", "type_code", "department").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        Map<String, Long> m = new LinkedHashMap<>();
        jp.shomu.ledger.store.Sql.query(
                c,
                "SELECT " + column + ", COUNT(*) FROM inquiry WHERE received_at >= ? AND received_at < ?" + " GROUP BY "
                        + column + " ORDER BY COUNT(*) DESC, " + column,
                rs -> m.put(rs.getString(1), rs.getLong(2)),
                from,
                to);
        return m;
    }

    /** First-response minutes of the inquiries received in the range that had one, ascending. */
    public static List<Long> firstResponseMinutes(Connection c, String from, String to) throws SQLException {
        return jp.shomu.ledger.store.Sql.query(
                c,
                "SELECT first_response_minutes FROM inquiry WHERE received_at >= ? AND received_at < ?"
                        + " AND first_response_minutes IS NOT NULL ORDER BY first_response_minutes",
                rs -> rs.getLong(1),
                from,
                to);
    }

    /** Inquiries received in the range whose status (or earlier status: an escalated one closed later) matches. */
    public static long escalated(Connection c, String from, String to) throws SQLException {
        // an inquiry closed after escalation has a first response but its answer came later: resolution > first
        return jp.shomu.ledger.store.Sql.queryOne(
                        c,
                        "SELECT COUNT(*) FROM inquiry WHERE received_at >= ? AND received_at < ?"
                                + " AND (status = 'ESCALATED' OR (status = 'CLOSED'"
                                + " AND resolved_at IS NOT NULL AND first_response_at < resolved_at))",
                        rs -> rs.getLong(1),
                        from,
                        to)
                .orElse(0L);
    }

    public static long open(Connection c, String from, String to) throws SQLException {
        return jp.shomu.ledger.store.Sql.queryOne(
                        c,
                        "SELECT COUNT(*) FROM inquiry WHERE received_at >= ? AND received_at < ? AND status = 'RECEIVED'",
                        rs -> rs.getLong(1),
                        from,
                        to)
                .orElse(0L);
    }

    /**
     * FAQ versions saved in the range by {@code action}: for 承認, {@code first} counts first publications and
     * otherwise re-publications (an article approved before).
     */
    public static long faqChanges(Connection c, String action, Boolean first, String from, String to)
            throws SQLException {
        String extra = first == null
                ? ""
                : " AND " + (first ? "NOT " : "") + "EXISTS (SELECT 1 FROM faq_article_version e"
                        + " WHERE e.article_id = v.article_id AND e.action = '承認' AND e.version < v.version)";
        return jp.shomu.ledger.store.Sql.queryOne(
                        c,
                        "SELECT COUNT(*) FROM faq_article_version v WHERE v.action = ? AND v.changed_at >= ?"
                                + " AND v.changed_at < ?" + extra,
                        rs -> rs.getLong(1),
                        action,
                        from,
                        to)
                .orElse(0L);
    }
}
