package jp.shomu.ledger.store;

import org.sqlite.SQLiteConfig.JournalMode;

/**
 * The rollback-journal mode used on every connection. Never WAL: its shared memory does not work between PCs on
 * a file share. TRUNCATE by default; the benchmark on a real SMB share decides (docs/PERFORMANCE.md).
 */
final class JournalModes {
    static final String PROPERTY = "shomu.journalMode";

    private JournalModes() {}

    static JournalMode configured() {
        String chosen = System.getProperty(PROPERTY, "TRUNCATE").toUpperCase(java.util.Locale.ROOT);
        JournalMode mode = JournalMode.valueOf(chosen);
        if (mode == JournalMode.WAL || mode == JournalMode.MEMORY || mode == JournalMode.OFF) {
            throw new IllegalArgumentException("journal mode " + chosen + " is not safe on a file share");
        }
        return mode;
    }
}
