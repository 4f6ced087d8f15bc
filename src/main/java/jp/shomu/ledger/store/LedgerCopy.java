package jp.shomu.ledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;

/**
 * A consistent, compact copy of an open ledger made with SQLite's VACUUM INTO: it reads the ledger in one read
 * transaction, so other PCs may go on saving while the copy is made and the copy still shows one moment.
 */
public final class LedgerCopy {
    private LedgerCopy() {}

    /** Writes the copy to {@code target}, which must not exist yet; its folder must. */
    public static void vacuumInto(Ledger ledger, Path target) {
        Path to = target.toAbsolutePath();
        if (Files.exists(to)) {
            throw new LedgerException(LedgerProblem.ALREADY_EXISTS, "同じ名前のファイルがすでにあります。上書きはしません: " + to);
        }
        ledger.read(c -> {
            try (PreparedStatement st = c.prepareStatement("VACUUM INTO ?")) {
                st.setString(1, to.toString());
                st.execute();
            }
            return null;
        });
    }
}
