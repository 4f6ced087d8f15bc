package jp.shomu.ledger.store.archive;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * The folder where a server ledger's archive files go ({@link Ledger#companionFolder()}): kept in meta, so every PC
 * finds the archives a manager made, and audited, so a change of place is on record.
 */
public final class ArchiveFolder {
    private ArchiveFolder() {}

    public static void set(Tx tx, Path folder) throws SQLException {
        String before = Sql.queryOne(
                        tx.connection(),
                        "SELECT value FROM meta WHERE key = ?",
                        rs -> rs.getString(1),
                        Ledger.ARCHIVE_FOLDER_KEY)
                .orElse(null);
        String after = folder.toAbsolutePath().toString();
        if (after.equals(before)) {
            return;
        }
        Sql.update(
                tx.connection(),
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                Ledger.ARCHIVE_FOLDER_KEY,
                after);
        tx.audit(
                "meta",
                Ledger.ARCHIVE_FOLDER_KEY,
                "保管フォルダの設定",
                before == null ? null : Json.write(Map.of("folder", before)),
                Json.write(Map.of("folder", after)));
    }
}
