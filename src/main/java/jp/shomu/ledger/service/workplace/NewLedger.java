package jp.shomu.ledger.service.workplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.settings.CatalogJson;
import jp.shomu.ledger.store.settings.CatalogRepository;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Creates a new ledger: schema, the bundled catalog, and the person creating it as 管理責任者. The only way a ledger
 * comes into being (init on the command line, "新しい台帳" in the app's first-run dialog). The file is built under a
 * temporary name and moved into place only when complete, so a failed creation leaves nothing behind; an existing
 * file is never overwritten.
 */
public final class NewLedger {
    /** What goes into the new file before it is moved into place (the sample generator's data, for example). */
    @FunctionalInterface
    public interface Fill {
        void into(LedgerLocation ledger, Clock clock);
    }

    private NewLedger() {}

    /** An empty ledger: schema, catalog and its manager only. */
    public static Path create(Path file, String managerLogin, Clock clock) {
        return create(file, managerLogin, clock, null);
    }

    /** @param fill run on the complete but not yet visible file; null for none */
    public static Path create(Path file, String managerLogin, Clock clock, Fill fill) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            throw new LedgerException(LedgerProblem.ALREADY_EXISTS, "同じ名前のファイルがすでにあります。上書きはしません: " + target);
        }
        Path temp = target.resolveSibling(
                target.getFileName() + ".init-" + ProcessHandle.current().pid());
        try {
            try (Ledger ledger = Ledger.create(temp, clock)) {
                startRoster(ledger, managerLogin);
            }
            if (fill != null) {
                fill.into(LedgerLocation.of(temp), clock);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            jp.shomu.ledger.store.audit.HeadRecord.follow(target, clock);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("台帳を作れません: " + target + "(" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(temp);
            Ledger.removeSideFiles(temp);
        }
    }

    /**
     * A new ledger at {@code location}: a file as above, or the tables of a ledger in an empty database on a
     * PostgreSQL server (the schema in one transaction; a database that holds anything is refused untouched).
     */
    public static LedgerLocation create(LedgerLocation location, String managerLogin, Clock clock, Fill fill) {
        if (location instanceof LedgerLocation.File f) {
            return LedgerLocation.of(create(f.path(), managerLogin, clock, fill));
        }
        try (Ledger ledger = Ledger.create(location, clock)) {
            startRoster(ledger, managerLogin);
        }
        if (fill != null) {
            fill.into(location, clock);
        }
        return location;
    }

    private static void startRoster(Ledger ledger, String managerLogin) {
        ledger.write(managerLogin, tx -> {
            CatalogRepository.addVersion(tx, CatalogJson.bundled());
            StaffRepository.add(tx, managerLogin, "0000001", managerLogin, Role.MANAGER, "管理");
            return null;
        });
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file beside the ledger is harmless and named after it
        }
    }
}
