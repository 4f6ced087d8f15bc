package jp.shomu.ledger.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import jp.shomu.ledger.store.Sql;

/**
 * Case numbers are never given twice. SQLite would hand out MAX(id) + 1, so once the newest cases have moved to a
 * fiscal-year archive their numbers would come back — and a new case would inherit an old one's audit history and
 * the city's references to it. Before cases leave the file the highest number is kept in meta, and new cases are
 * numbered above both.
 */
public final class CaseNumbers {
    private static final String META_KEY = "case_id_high_water";

    /** The number for a new case, as an SQL expression to use as the id of the INSERT. */
    static final String NEXT = "(SELECT MAX(COALESCE((SELECT MAX(id) FROM case_file), 0),"
            + " COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = '" + META_KEY + "'), 0)) + 1)";

    private CaseNumbers() {}

    /** Called in the transaction that removes cases, before it does: remembers the highest number given so far. */
    public static void rememberHighest(Connection c) throws SQLException {
        Sql.update(
                c,
                "INSERT INTO meta(key, value) SELECT ?, MAX(id) FROM case_file WHERE true HAVING MAX(id) IS NOT NULL"
                        + " ON CONFLICT(key) DO UPDATE SET value = MAX(CAST(meta.value AS INTEGER), CAST(excluded.value AS INTEGER))",
                META_KEY);
    }
}
