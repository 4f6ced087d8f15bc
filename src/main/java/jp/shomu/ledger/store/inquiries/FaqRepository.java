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
import jp.shomu.ledger.domain.inquiries.CharacterTokens;
import jp.shomu.ledger.domain.inquiries.FaqArticle;
import jp.shomu.ledger.domain.inquiries.FaqStatus;
import jp.shomu.ledger.domain.inquiries.FaqVersion;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * FAQ articles: the audited, versioned working copy (faq_article), every version kept (faq_article_version, each
 * row audited too), and the search row of the live words (faq_search), all written in the saving transaction.
 */
public final class FaqRepository {
    private static final String COLUMNS = "id, status, type_code, question, answer, keywords, related, source, author,"
            + " editor, approved_by, published_version, created_at, updated_at, version";
    private static final String VERSION_COLUMNS = "id, article_id, version, action, status, type_code, question,"
            + " answer, keywords, related, source, changed_by, changed_at";

    private FaqRepository() {}

    /** Adds a new article (its id and version are ignored), keeps version 1, and returns the id given. */
    public static long insert(Tx tx, FaqArticle a, String action) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO faq_article(status, type_code, question, answer, keywords, related, source, author,"
                        + " editor, approved_by, published_version, created_at, updated_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                a.status(),
                a.typeCode(),
                a.question(),
                a.answer(),
                Lists.lines(a.keywords()),
                Lists.ids(a.related()),
                a.source(),
                a.author(),
                a.editor(),
                a.approvedBy(),
                a.publishedVersion(),
                LocalTimes.write(a.createdAt()),
                LocalTimes.write(a.updatedAt()));
        tx.audit("faq", id, action, null, Json.write(snapshot(tx.connection(), id)));
        keepVersion(tx, id, action);
        index(tx.connection(), id);
        return id;
    }

    /**
     * Saves {@code a} over the row if it is still at {@code expectedVersion}, keeps the new version and refreshes
     * the search row of the live words; returns the new version.
     *
     * @throws ConflictException when someone else saved it first
     */
    public static long save(Tx tx, FaqArticle a, long expectedVersion, String action) throws SQLException {
        Map<String, String> before = snapshot(tx.connection(), a.id());
        int n = Sql.update(
                tx.connection(),
                "UPDATE faq_article SET status = ?, type_code = ?, question = ?, answer = ?, keywords = ?,"
                        + " related = ?, source = ?, editor = ?, approved_by = ?, published_version = ?,"
                        + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                a.status(),
                a.typeCode(),
                a.question(),
                a.answer(),
                Lists.lines(a.keywords()),
                Lists.ids(a.related()),
                a.source(),
                a.editor(),
                a.approvedBy(),
                a.publishedVersion(),
                LocalTimes.write(a.updatedAt()),
                a.id(),
                expectedVersion);
        if (n == 0) {
            throw new ConflictException(
                    "FAQ " + a.id() + " は他の人が先に更新しました(あなたの版 " + expectedVersion + ")。",
                    before.isEmpty() ? 0 : Long.parseLong(before.get("version")));
        }
        Map<String, String> after = snapshot(tx.connection(), a.id());
        tx.audit("faq", a.id(), action, Json.write(before), Json.write(after));
        long version = Long.parseLong(after.get("version"));
        keepVersion(tx, a.id(), action);
        index(tx.connection(), a.id());
        return version;
    }

    public static Optional<FaqArticle> byId(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM faq_article WHERE id = ?", FaqRepository::map, id);
    }

    /** Every article, or those of one status, by id. */
    public static List<FaqArticle> all(Connection c, FaqStatus status) throws SQLException {
        return status == null
                ? Sql.query(c, "SELECT " + COLUMNS + " FROM faq_article ORDER BY id", FaqRepository::map)
                : Sql.query(
                        c,
                        "SELECT " + COLUMNS + " FROM faq_article WHERE status = ? ORDER BY id",
                        FaqRepository::map,
                        status.name());
    }

    /** The live words of every live article (approved once, not retired), by type and id: what may leave. */
    public static List<FaqVersion> live(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT v.* FROM faq_article a JOIN faq_article_version v ON v.article_id = a.id"
                        + " AND v.version = a.published_version WHERE a.status <> 'RETIRED'"
                        + " ORDER BY v.type_code, a.id",
                FaqRepository::mapVersion);
    }

    public static Optional<FaqVersion> version(Connection c, long articleId, long version) throws SQLException {
        return Sql.queryOne(
                c,
                "SELECT * FROM faq_article_version WHERE article_id = ? AND version = ?",
                FaqRepository::mapVersion,
                articleId,
                version);
    }

    /** Every kept version of an article, oldest first. */
    public static List<FaqVersion> versions(Connection c, long articleId) throws SQLException {
        return Sql.query(
                c,
                "SELECT * FROM faq_article_version WHERE article_id = ? ORDER BY version",
                FaqRepository::mapVersion,
                articleId);
    }

    /** Ids of live articles whose live question, answer or keywords hold every word of {@code typed}, best first. */
    public static List<Long> search(Connection c, String typed, int limit) throws SQLException {
        Optional<String> match = CharacterTokens.match(typed);
        if (match.isEmpty()) {
            return List.of();
        }
        if (Sql.onServer(c)) {
            return searchOnServer(c, typed, limit);
        }
        return Sql.query(
                c,
                "SELECT id FROM (SELECT rowid AS id, bm25(faq_search, 5.0, 1.0, 8.0) AS score FROM faq_search"
                        + " WHERE faq_search MATCH ? ORDER BY rowid DESC LIMIT " + SearchLimits.RANKED
                        + ") ORDER BY score, id DESC LIMIT ?",
                rs -> rs.getLong(1),
                match.get(),
                limit);
    }

    /**
     * On PostgreSQL the search rows hold the same indexed characters, and every typed word must be a substring of
     * them (ILIKE, served by the trigram index); a word in the keywords ranks first, then in the question — the
     * weights bm25 is given on the file.
     */
    private static List<Long> searchOnServer(Connection c, String typed, int limit) throws SQLException {
        List<String> patterns = ServerTextMatch.patterns(typed);
        String first = patterns.get(0);
        List<Object> params = new ArrayList<>(patterns);
        params.add(first);
        params.add(first);
        params.add(limit);
        return Sql.query(
                c,
                "SELECT id FROM faq_search WHERE " + ServerTextMatch.all("doc", patterns.size())
                        + " ORDER BY (keywords LIKE ?) DESC, (question LIKE ?) DESC, id DESC LIMIT ?",
                rs -> rs.getLong(1),
                params.toArray());
    }

    /** The live words of the articles {@code ids}, in that order (one statement). */
    public static List<FaqVersion> liveByIds(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, FaqVersion> byId = new java.util.HashMap<>();
        for (FaqVersion v : Sql.query(
                c,
                "SELECT v.* FROM faq_article a JOIN faq_article_version v ON v.article_id = a.id"
                        + " AND v.version = a.published_version WHERE a.status <> 'RETIRED' AND a.id IN "
                        + Sql.placeholders(ids.size()),
                FaqRepository::mapVersion,
                ids.toArray())) {
            byId.put(v.articleId(), v);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The row as the audit trail records it; verify compares it with the last audited image. */
    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return image(c, "faq_article", COLUMNS, id);
    }

    /** A kept version row as the audit trail records it (entity faq_version, id = the row's own id). */
    public static Map<String, String> versionSnapshot(Connection c, long id) throws SQLException {
        return image(c, "faq_article_version", VERSION_COLUMNS, id);
    }

    /** Rebuilds the search rows from the tables: after a bulk load. */
    public static void rebuildSearch(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM faq_search");
        for (long id : Sql.query(c, "SELECT id FROM faq_article", rs -> rs.getLong(1))) {
            index(c, id);
        }
    }

    private static Map<String, String> image(Connection c, String table, String columns, long id) throws SQLException {
        return Sql.queryOne(
                        c,
                        "SELECT " + columns + " FROM " + table + " WHERE id = ?",
                        rs -> {
                            Map<String, String> m = new LinkedHashMap<>();
                            for (String col : columns.split(",")) {
                                m.put(col.strip(), rs.getString(col.strip()));
                            }
                            return m;
                        },
                        id)
                .orElse(Map.of());
    }

    private static void keepVersion(Tx tx, long articleId, String action) throws SQLException {
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO faq_article_version(article_id, version, action, status, type_code, question, answer,"
                        + " keywords, related, source, changed_by, changed_at)"
                        + " SELECT id, version, ?, status, type_code, question, answer, keywords, related, source,"
                        + " ?, updated_at FROM faq_article WHERE id = ?",
                action,
                tx.actor(),
                articleId);
        tx.audit("faq_version", id, "保存", null, Json.write(versionSnapshot(tx.connection(), id)));
    }

    /** The search row holds the live words of a live article, and nothing for any other. */
    private static void index(Connection c, long articleId) throws SQLException {
        String key = Sql.onServer(c) ? "id" : "rowid";
        Sql.update(c, "DELETE FROM faq_search WHERE " + key + " = ?", articleId);
        Optional<FaqVersion> live = Sql.queryOne(
                c,
                "SELECT v.* FROM faq_article a JOIN faq_article_version v ON v.article_id = a.id"
                        + " AND v.version = a.published_version WHERE a.id = ? AND a.status <> 'RETIRED'",
                FaqRepository::mapVersion,
                articleId);
        if (live.isPresent()) {
            FaqVersion v = live.get();
            Sql.update(
                    c,
                    "INSERT INTO faq_search(" + key + ", question, answer, keywords) VALUES (?,?,?,?)",
                    articleId,
                    CharacterTokens.indexed(v.question()),
                    CharacterTokens.indexed(v.answer()),
                    CharacterTokens.indexed(String.join("\n", v.keywords())));
        }
    }

    private static FaqArticle map(ResultSet rs) throws SQLException {
        long pv = rs.getLong("published_version");
        Long published = rs.wasNull() ? null : pv;
        return new FaqArticle(
                rs.getLong("id"),
                FaqStatus.valueOf(rs.getString("status")),
                rs.getString("type_code"),
                rs.getString("question"),
                rs.getString("answer"),
                Lists.lines(rs.getString("keywords")),
                Lists.ids(rs.getString("related")),
                rs.getString("source"),
                rs.getString("author"),
                rs.getString("editor"),
                rs.getString("approved_by"),
                published,
                LocalTimes.read(rs.getString("created_at")),
                LocalTimes.read(rs.getString("updated_at")),
                rs.getLong("version"));
    }

    private static FaqVersion mapVersion(ResultSet rs) throws SQLException {
        return new FaqVersion(
                rs.getLong("article_id"),
                rs.getLong("version"),
                rs.getString("action"),
                FaqStatus.valueOf(rs.getString("status")),
                rs.getString("type_code"),
                rs.getString("question"),
                rs.getString("answer"),
                Lists.lines(rs.getString("keywords")),
                Lists.ids(rs.getString("related")),
                rs.getString("source"),
                rs.getString("changed_by"),
                LocalTimes.read(rs.getString("changed_at")));
    }
}
