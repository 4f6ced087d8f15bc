package jp.shomu.ledger.store;

import java.util.Map;

/**
 * Loads what every save needs (Jackson for the audit images, SHA-256 for the chain) without touching any file. A
 * fresh JVM's first save otherwise loads several hundred classes while it holds the file's write lock — a quarter
 * of a second on an idle PC, seconds on a busy one — and every other PC waits that long. The app runs this in the
 * background once the ledger is open.
 */
public final class WritePathWarmUp {
    private WritePathWarmUp() {}

    public static void run() {
        String image = Json.write(Map.of("subject", "準備", "version", "1"));
        Json.readFlat(image);
        AuditLog.hash("", 0, "", "", "case", "0", "準備", null, image);
    }
}
