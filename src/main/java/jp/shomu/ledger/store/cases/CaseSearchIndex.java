package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * The FTS5 trigram index over each case's subject and searchable field values (schema V4): kept in step with the
 * case inside the transaction that saves it, and checked cheaply by verify. It holds no data of its own — it can
 * always be rebuilt from case_file and case_field.
 */
public final class CaseSearchIndex {
    /** The statements of the index on one backend: FTS5 tables on the file, pg_trgm / GIN tables on a server. */
    private record Texts(String document, String key, String content, String body, String grams) {
        String insertDocuments() {
            return "INSERT INTO case_search(" + key + ", body) SELECT f.id, " + document + " FROM case_file f";
        }

        String insertGrams() {
            return "INSERT INTO case_gram(" + key + ", grams) SELECT " + key + ", " + grams + " FROM case_search";
        }
    }

    /**
     * The document of one case: its subject, then each searchable value (search_field), one per line. The file's
     * index was filled in key order (its group_concat reads the fields by their primary key); the server is told so.
     */
    private static final Texts FILE = new Texts(
            "f.subject || COALESCE(char(10) || (SELECT group_concat(v.value, char(10))"
                    + " FROM case_field v JOIN search_field s ON s.catalog_version = f.catalog_version"
                    + " AND s.type_code = f.type_code AND s.field_key = v.key WHERE v.case_id = f.id), '')",
            "rowid",
            "case_search_content",
            "c0",
            "search_grams(body)");

    private static final Texts SERVER = new Texts(
            "f.subject || COALESCE(chr(10) || (SELECT string_agg(v.value, chr(10) ORDER BY v.key)"
                    + " FROM case_field v JOIN search_field s ON s.catalog_version = f.catalog_version"
                    + " AND s.type_code = f.type_code AND s.field_key = v.key WHERE v.case_id = f.id), '')",
            "id",
            "case_search",
            "body",
            "search_grams(body)");

    private CaseSearchIndex() {}

    private static Texts texts(Connection c) throws SQLException {
        return Sql.onServer(c) ? SERVER : FILE;
    }

    /** Re-indexes one case after its row and fields were written in this transaction. */
    static void refresh(Connection c, long caseId) throws SQLException {
        remove(c, caseId);
        Texts t = texts(c);
        Sql.update(c, t.insertDocuments() + " WHERE f.id = ?", caseId);
        Sql.update(c, t.insertGrams() + " WHERE " + t.key() + " = ?", caseId);
    }

    /** True when a save changed what the index is built from: the subject or any field (searchable or not). */
    static boolean changed(Map<String, String> before, Map<String, String> after) {
        return !indexedPart(before).equals(indexedPart(after));
    }

    private static Map<String, String> indexedPart(Map<String, String> snapshot) {
        Map<String, String> part = new java.util.TreeMap<>();
        snapshot.forEach((k, v) -> {
            if (k.equals("subject") || k.startsWith(CaseRepository.FIELD_PREFIX)) {
                part.put(k, v);
            }
        });
        return part;
    }

    /** Drops the index rows of cases that were removed (moved to an archive) in this transaction. */
    static void remove(Connection c, long caseId) throws SQLException {
        String key = texts(c).key();
        Sql.update(c, "DELETE FROM case_search WHERE " + key + " = ?", caseId);
        Sql.update(c, "DELETE FROM case_gram WHERE " + key + " = ?", caseId);
    }

    /** Drops the index rows (both indexes) of the cases {@code ids}, removed in this transaction. */
    public static void remove(Connection c, List<Long> ids) throws SQLException {
        String key = texts(c).key();
        String in = Sql.placeholders(ids.size());
        Sql.update(c, "DELETE FROM case_search WHERE " + key + " IN " + in, ids.toArray());
        Sql.update(c, "DELETE FROM case_gram WHERE " + key + " IN " + in, ids.toArray());
    }

    /** Rebuilds the whole index from the cases; one statement, for a file nobody else uses yet (archives). */
    public static void rebuild(Tx tx) throws SQLException {
        Texts t = texts(tx.connection());
        Sql.update(tx.connection(), "DELETE FROM case_search");
        Sql.update(tx.connection(), "DELETE FROM case_gram");
        Sql.update(tx.connection(), t.insertDocuments());
        Sql.update(tx.connection(), t.insertGrams());
    }

    /**
     * The cheap check for verify: every case has an index row and no index row lacks its case (both counted by
     * key, without reading the index itself), and the newest cases' documents are as they would be rebuilt.
     */
    public static List<String> check(Ledger ledger) {
        List<String> problems = new ArrayList<>();
        Texts t = ledger.isOnServer() ? SERVER : FILE;
        List<Long> unindexed = ledger.read(c -> Sql.query(
                c,
                "SELECT f.id FROM case_file f WHERE NOT EXISTS" + " (SELECT 1 FROM " + t.content()
                        + " s WHERE s.id = f.id) LIMIT 5",
                rs -> rs.getLong(1)));
        List<Long> orphans = ledger.read(c -> Sql.query(
                c,
                "SELECT s.id FROM " + t.content() + " s WHERE NOT EXISTS"
                        + " (SELECT 1 FROM case_file f WHERE f.id = s.id) LIMIT 5",
                rs -> rs.getLong(1)));
        List<Long> stale = ledger.read(c -> Sql.query(
                c,
                "SELECT f.id FROM (SELECT * FROM case_file ORDER BY id DESC LIMIT 200) f JOIN " + t.content()
                        + " s ON s.id = f.id WHERE s." + t.body() + " IS DISTINCT FROM " + t.document(),
                rs -> rs.getLong(1)));
        if (!unindexed.isEmpty()) {
            problems.add("検索用の索引に入っていない案件があります: " + unindexed + "(アプリを通さずに追加された可能性)");
        }
        if (!orphans.isEmpty()) {
            problems.add("検索用の索引に台帳にない案件があります: " + orphans);
        }
        if (!stale.isEmpty()) {
            problems.add("検索用の索引が案件の内容と一致しません: " + stale + "(アプリを通さずに変更された可能性)");
        }
        return problems;
    }
}
