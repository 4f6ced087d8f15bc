package jp.shomu.ledger.store.inquiries;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.domain.inquiries.Channel;
import jp.shomu.ledger.domain.inquiries.CharacterTokens;
import jp.shomu.ledger.domain.inquiries.Inquiry;
import jp.shomu.ledger.domain.inquiries.InquiryStatus;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * The inquiry log: one audited, versioned row per question, its links to FAQ articles (inquiry_faq, the use count)
 * and its row of the character search index, all written in the saving transaction.
 */
public final class InquiryRepository {
    private static final String COLUMNS = "id, received_at, channel, department, employee_no, type_code, question,"
            + " answer, status, recorded_by, answered_by, first_response_at, first_response_minutes, resolved_at,"
            + " resolution_minutes, case_id, faq_ids, version";

    private InquiryRepository() {}

    /** Logs a new inquiry (its id is ignored) and returns the id given. */
    public static long insert(Tx tx, Inquiry q) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO inquiry(received_at, channel, department, employee_no, type_code, question, answer,"
                        + " status, recorded_by, answered_by, first_response_at, first_response_minutes, resolved_at,"
                        + " resolution_minutes, case_id, faq_ids) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                LocalTimes.write(q.receivedAt()),
                q.channel(),
                q.department(),
                q.employeeNo(),
                q.typeCode(),
                q.question(),
                q.answer(),
                q.status(),
                q.recordedBy(),
                q.answeredBy(),
                LocalTimes.write(q.firstResponseAt()),
                q.firstResponseMinutes(),
                LocalTimes.write(q.resolvedAt()),
                q.resolutionMinutes(),
                q.caseId(),
                Lists.ids(q.faqIds()));
        writeLinks(tx.connection(), id, q.faqIds());
        index(tx.connection(), id, q.question(), q.answer());
        tx.audit("inquiry", id, "登録", null, Json.write(snapshot(tx.connection(), id)));
        return id;
    }

    /**
     * Saves every editable column of {@code q} if the row is still at {@code expectedVersion}; returns the new
     * version.
     *
     * @throws ConflictException when someone else saved it first
     */
    public static long save(Tx tx, Inquiry q, long expectedVersion, String action) throws SQLException {
        Map<String, String> before = snapshot(tx.connection(), q.id());
        int n = Sql.update(
                tx.connection(),
                "UPDATE inquiry SET received_at = ?, channel = ?, department = ?, employee_no = ?, type_code = ?,"
                        + " question = ?, answer = ?, status = ?, answered_by = ?, first_response_at = ?,"
                        + " first_response_minutes = ?, resolved_at = ?, resolution_minutes = ?, case_id = ?,"
                        + " faq_ids = ?, version = version + 1 WHERE id = ? AND version = ?",
                LocalTimes.write(q.receivedAt()),
                q.channel(),
                q.department(),
                q.employeeNo(),
                q.typeCode(),
                q.question(),
                q.answer(),
                q.status(),
                q.answeredBy(),
                LocalTimes.write(q.firstResponseAt()),
                q.firstResponseMinutes(),
                LocalTimes.write(q.resolvedAt()),
                q.resolutionMinutes(),
                q.caseId(),
                Lists.ids(q.faqIds()),
                q.id(),
                expectedVersion);
        if (n == 0) {
            throw new ConflictException(
                    "問合せ " + q.id() + " は他の人が先に更新しました(あなたの版 " + expectedVersion + ")。",
                    before.isEmpty() ? 0 : Long.parseLong(before.get("version")));
        }
        Sql.update(tx.connection(), "DELETE FROM inquiry_faq WHERE inquiry_id = ?", q.id());
        writeLinks(tx.connection(), q.id(), q.faqIds());
        index(tx.connection(), q.id(), q.question(), q.answer());
        Map<String, String> after = snapshot(tx.connection(), q.id());
        tx.audit("inquiry", q.id(), action, Json.write(before), Json.write(after));
        return Long.parseLong(after.get("version"));
    }

    public static Optional<Inquiry> byId(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM inquiry WHERE id = ?", InquiryRepository::map, id);
    }

    /**
     * Inquiries received in [{@code fromInclusive}, {@code toExclusive}) (yyyy-MM-dd… text bounds, either may be
     * null), optionally of one status, oldest first.
     */
    public static List<Inquiry> list(Connection c, String fromInclusive, String toExclusive, InquiryStatus status)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM inquiry WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (fromInclusive != null) {
            sql.append(" AND received_at >= ?");
            params.add(fromInclusive);
        }
        if (toExclusive != null) {
            sql.append(" AND received_at < ?");
            params.add(toExclusive);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        sql.append(" ORDER BY received_at, id");
        return Sql.query(c, sql.toString(), InquiryRepository::map, params.toArray());
    }

    /**
     * Ids of inquiries whose question or answer hold every word of {@code typed}, best first: those whose question
     * holds them, newest first, then those where only the answer does. (bm25 was measured too slow here: its weight
     * of a phrase counts the phrase in all 100,000 inquiries; docs/PERFORMANCE.md.)
     */
    public static List<Long> search(Connection c, String typed, int limit) throws SQLException {
        Optional<String> match = CharacterTokens.match(typed);
        if (match.isEmpty()) {
            return List.of();
        }
        if (Sql.onServer(c)) {
            return searchOnServer(c, typed, limit);
        }
        java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>(Sql.query(
                c,
                "SELECT rowid FROM inquiry_search WHERE inquiry_search MATCH ? ORDER BY rowid DESC LIMIT ?",
                rs -> rs.getLong(1),
                "{question} : (" + match.get() + ")",
                limit));
        if (ids.size() < limit) {
            ids.addAll(Sql.query(
                    c,
                    "SELECT rowid FROM inquiry_search WHERE inquiry_search MATCH ? ORDER BY rowid DESC LIMIT ?",
                    rs -> rs.getLong(1),
                    match.get(),
                    2L * limit));
        }
        return ids.stream().limit(limit).toList();
    }

    /** On PostgreSQL: the same order (question matches first, newest first), by substring over the indexed words. */
    private static List<Long> searchOnServer(Connection c, String typed, int limit) throws SQLException {
        List<String> patterns = ServerTextMatch.patterns(typed);
        List<Object> params = new java.util.ArrayList<>(patterns);
        params.addAll(patterns);
        params.add(limit);
        return Sql.query(
                c,
                "SELECT id FROM inquiry_search WHERE " + ServerTextMatch.all("doc", patterns.size()) + " ORDER BY ("
                        + ServerTextMatch.all("question", patterns.size()) + ") DESC, id DESC LIMIT ?",
                rs -> rs.getLong(1),
                params.toArray());
    }

    /** The inquiries {@code ids}, in that order (one statement). */
    public static List<Inquiry> byIds(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Inquiry> byId = new java.util.HashMap<>();
        for (Inquiry q : Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM inquiry WHERE id IN " + Sql.placeholders(ids.size()),
                InquiryRepository::map,
                ids.toArray())) {
            byId.put(q.id(), q);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** How many inquiries used each article. */
    public static long useCount(Connection c, long articleId) throws SQLException {
        return Sql.queryOne(c, "SELECT COUNT(*) FROM inquiry_faq WHERE article_id = ?", rs -> rs.getLong(1), articleId)
                .orElse(0L);
    }

    /** The row as the audit trail records it; verify compares it with the last audited image. */
    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT " + COLUMNS + " FROM inquiry WHERE id = ?",
                        rs -> {
                            Map<String, String> m = new LinkedHashMap<>();
                            for (String col : COLUMNS.split(", ")) {
                                m.put(col.strip(), rs.getString(col.strip()));
                            }
                            return m;
                        },
                        id)
                .orElse(Map.of());
    }

    /** Rebuilds the derived tables (links and search) from the inquiry rows: after a bulk load. */
    public static void rebuildDerived(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM inquiry_faq");
        Sql.update(c, "DELETE FROM inquiry_search");
        for (Inquiry q : list(c, null, null, null)) {
            writeLinks(c, q.id(), q.faqIds());
            index(c, q.id(), q.question(), q.answer());
        }
    }

    private static void writeLinks(Connection c, long id, List<Long> faqIds) throws SQLException {
        for (long a : faqIds) {
            Sql.update(c, "INSERT INTO inquiry_faq(article_id, inquiry_id) VALUES (?,?) ON CONFLICT DO NOTHING", a, id);
        }
    }

    static void index(Connection c, long id, String question, String answer) throws SQLException {
        String key = Sql.onServer(c) ? "id" : "rowid";
        Sql.update(c, "DELETE FROM inquiry_search WHERE " + key + " = ?", id);
        Sql.update(
                c,
                "INSERT INTO inquiry_search(" + key + ", question, answer) VALUES (?,?,?)",
                id,
                CharacterTokens.indexed(question),
                CharacterTokens.indexed(answer));
    }

    private static Inquiry map(ResultSet rs) throws SQLException {
        long caseId = rs.getLong("case_id");
        Long caseRef = rs.wasNull() ? null : caseId;
        long fr = rs.getLong("first_response_minutes");
        Long firstMinutes = rs.wasNull() ? null : fr;
        long rm = rs.getLong("resolution_minutes");
        Long resolutionMinutes = rs.wasNull() ? null : rm;
        return new Inquiry(
                rs.getLong("id"),
                LocalTimes.read(rs.getString("received_at")),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("department"),
                rs.getString("employee_no"),
                rs.getString("type_code"),
                rs.getString("question"),
                rs.getString("answer"),
                InquiryStatus.valueOf(rs.getString("status")),
                rs.getString("recorded_by"),
                rs.getString("answered_by"),
                LocalTimes.read(rs.getString("first_response_at")),
                firstMinutes,
                LocalTimes.read(rs.getString("resolved_at")),
                resolutionMinutes,
                caseRef,
                Lists.ids(rs.getString("faq_ids")),
                rs.getLong("version"));
    }
}
