package jp.shomu.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Looks at a file chosen as the ledger without changing anything: no file is created, no journal is written, an
 * older ledger is not migrated. Used where a person picks the ledger's location, before the app really opens it.
 */
public final class LedgerProbe {
    private LedgerProbe() {}

    /**
     * Returns normally when {@code file} is a ledger this version of the app can open; otherwise throws the
     * {@link LedgerException} that {@link Ledger#open} would throw, with its Japanese message.
     */
    public static void requireOpenable(LedgerLocation location) {
        if (location instanceof LedgerLocation.File f) {
            requireOpenable(f.path());
            return;
        }
        Ledger.open(location, java.time.Clock.systemUTC()).close(); // a server: the open reads only meta
    }

    public static void requireOpenable(Path file) {
        Path path = file.toAbsolutePath();
        LedgerFileCheck.requireUsable(path);
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + path)) {
            if (Ledger.pragmaInt(c, "application_id") != Migrations.APPLICATION_ID) {
                throw new LedgerException(LedgerProblem.NOT_A_LEDGER, "庶務台帳のファイルではありません(別のアプリのデータベースです): " + path);
            }
            int userVersion = Ledger.pragmaInt(c, "user_version");
            if (userVersion > Migrations.CURRENT) {
                throw new LedgerException(
                        LedgerProblem.NEWER_SCHEMA,
                        "この台帳は新しい版のアプリで作られています(形式 " + userVersion + "、このアプリは " + Migrations.CURRENT
                                + " まで)。アプリを更新してください。");
            }
        } catch (SQLException e) {
            throw Ledger.translate(path, e);
        }
    }
}
