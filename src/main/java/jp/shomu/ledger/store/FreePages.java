package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives the file system back the pages that removed rows left free. Without it SQLite keeps them inside the file
 * for reuse and the file never shrinks. A ledger is created with auto_vacuum=INCREMENTAL (SQLite keeps a map of
 * which page points to which, so that free pages can be released later); {@link #release} then moves the last
 * pages of the file into free ones and truncates, a bounded number per short write transaction, so others keep
 * working. A ledger created before (auto_vacuum NONE) can be switched only by one VACUUM, with the file to itself.
 */
public final class FreePages {
    private static final int INCREMENTAL = 2;

    private FreePages() {}

    /** Must run on a new, empty file, before its first table is created. */
    static void enableIncrementalVacuum(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA auto_vacuum = INCREMENTAL");
        }
    }

    /** Whether the file can give free pages back without a VACUUM. */
    public static boolean releasable(Ledger ledger) {
        return ledger.read(c -> Ledger.pragmaInt(c, "auto_vacuum")) == INCREMENTAL;
    }

    public static long count(Ledger ledger) {
        return ledger.read(c -> (long) Ledger.pragmaInt(c, "freelist_count"));
    }

    public static long pageSize(Ledger ledger) {
        return ledger.read(c -> (long) Ledger.pragmaInt(c, "page_size"));
    }

    /** Releases up to {@code pages} free pages inside the caller's write transaction; returns how many. */
    public static int release(Tx tx, int pages) throws SQLException {
        Connection c = tx.connection();
        int before = Ledger.pragmaInt(c, "freelist_count");
        try (Statement st = c.createStatement()) {
            // executeUpdate steps the pragma to its end: each step of it releases one page
            st.executeUpdate("PRAGMA incremental_vacuum(" + Math.max(1, pages) + ")");
        }
        return before - Ledger.pragmaInt(c, "freelist_count");
    }
}
