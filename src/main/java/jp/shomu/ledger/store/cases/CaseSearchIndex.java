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
    /** The document of one case: its subject, then each searchable value (search_field), one per line. */
    static final String DOCUMENT = "f.subject || COALESCE(char(10) || (SELECT group_concat(v.value, char(10))"
            + " FROM case_field v JOIN search_field s ON s.catalog_version = f.catalog_version"
            + " AND s.type_code = f.type_code AND s.field_key = v.key WHERE v.case_id = f.id), '')";

    /** Fills the short-word index (schema V15) from the search documents; narrowed by a WHERE on rowid. */
    private static final String GRAMS =
            "INSERT INTO case_gram(rowid, grams) SELECT rowid, search_grams(body) FROM case_search";

    private CaseSearchIndex() {}

    /** Re-indexes one case after its row and fields were written in this transaction. */
    static void refresh(Connection c, long caseId) throws SQLException {
        remove(c, caseId);
        Sql.update(
                c,
                "INSERT INTO case_search(rowid, body) SELECT f.id, " + DOCUMENT + " FROM case_file f WHERE f.id = ?",
                caseId);
        Sql.update(c, GRAMS + " WHERE rowid = ?", caseId);
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
        Sql.update(c, "DELETE FROM case_search WHERE rowid = ?", caseId);
        Sql.update(c, "DELETE FROM case_gram WHERE rowid = ?", caseId);
    }

    /** Rebuilds the whole index from the cases; one statement, for a file nobody else uses yet (archives). */
    public static void rebuild(Tx tx) throws SQLException {
        Sql.update(tx.connection(), "DELETE FROM case_search");
        Sql.update(tx.connection(), "DELETE FROM case_gram");
        Sql.update(
                tx.connection(), "INSERT INTO case_search(rowid, body) SELECT f.id, " + DOCUMENT + " FROM case_file f");
        Sql.update(tx.connection(), GRAMS);
    }

    /**
     * The cheap check for verify: every case has an index row and no index row lacks its case (both counted by
     * key, without reading the index itself), and the newest cases' documents are as they would be rebuilt.
     */
    public static List<String> check(Ledger ledger) {
        List<String> problems = new ArrayList<>();
        List<Long> unindexed = ledger.read(c -> Sql.query(
                c,
                "SELECT f.id FROM case_file f WHERE NOT EXISTS"
                        + " (SELECT 1 FROM case_search_content s WHERE s.id = f.id) LIMIT 5",
                rs -> rs.getLong(1)));
        List<Long> orphans = ledger.read(c -> Sql.query(
                c,
                "SELECT s.id FROM case_search_content s WHERE NOT EXISTS"
                        + " (SELECT 1 FROM case_file f WHERE f.id = s.id) LIMIT 5",
                rs -> rs.getLong(1)));
        List<Long> stale = ledger.read(c -> Sql.query(
                c,
                "SELECT f.id FROM (SELECT * FROM case_file ORDER BY id DESC"
                        + " LIMIT 200) f JOIN case_search_content s ON s.id = f.id WHERE s.c0 IS NOT " + DOCUMENT,
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
