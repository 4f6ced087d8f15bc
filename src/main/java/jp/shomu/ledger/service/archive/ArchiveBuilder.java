package jp.shomu.ledger.service.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.store.ArchiveMark;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.archive.ArchiveCopy;
import jp.shomu.ledger.store.archive.ArchiveRemoval;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.store.cases.CaseSearchIndex;

/**
 * Builds the archive file of one fiscal year next to the ledger: under a temporary name, page by page with
 * short reads of the ledger, then marks it read-only, verifies it and only then gives it its final name. Until
 * that moment nothing in the ledger has changed; a failed build leaves no archive behind.
 */
final class ArchiveBuilder {
    private static final int PAGE = 500;

    private ArchiveBuilder() {}

    /** Builds {@code target} from the cases of {@code year} that are finished; returns how many it holds. */
    static int build(Ledger ledger, Path target, FiscalYear year, String actor, Consumer<String> progress) {
        Path part = partOf(target);
        boolean done = false;
        int copied = 0;
        try {
            try (Ledger archive = Ledger.create(part, ledger.clock())) {
                archive.write(actor, tx -> {
                    ArchiveCopy.copyReferenceData(ledger, tx);
                    return null;
                });
                long after = 0;
                while (true) {
                    List<Long> ids = ArchiveRemoval.finishedCases(ledger, year.start(), year.end(), after, PAGE);
                    if (ids.isEmpty()) {
                        break;
                    }
                    archive.write(actor, tx -> {
                        ArchiveCopy.copyCases(ledger, tx, ids);
                        return null;
                    });
                    copied += ids.size();
                    after = ids.get(ids.size() - 1);
                    progress.accept("保管ファイルへ複写: " + copied + " 件");
                }
                if (copied == 0) {
                    return 0;
                }
                ArchiveMark mark = new ArchiveMark(
                        year.year(),
                        ledger.location().shortName(),
                        archive.clock().instant().toString(),
                        actor,
                        ArchiveMark.CASES);
                archive.write(actor, tx -> {
                    CaseSearchIndex.rebuild(tx);
                    ArchiveMark.mark(tx, mark);
                    return null;
                });
            }
            requireVerified(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            return copied;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            cleanUp(part, done);
        }
    }

    /**
     * The temporary name {@code target} is built under. A leftover one (a run that died, or another manager running
     * it now) is refused, never taken over.
     */
    static Path partOf(Path target) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        if (Files.exists(part)) {
            throw new LedgerException(
                    LedgerProblem.ALREADY_EXISTS,
                    "作成途中の保管ファイルが残っています: " + part + "\n他の人が年度アーカイブを実行中でないことを確かめてから、このファイルを削除してやり直してください。");
        }
        return part;
    }

    /** Removes the temporary file unless it was moved into place ({@code done}), and what it left beside it. */
    static void cleanUp(Path part, boolean done) {
        if (!done) {
            deleteQuietly(part);
        }
        Ledger.removeSideFiles(part);
    }

    /** Opens the archive as anyone would (read-only) and runs the full verify on it. */
    static void requireVerified(Path archive) {
        try (Ledger check = Ledger.open(archive, java.time.Clock.systemUTC())) {
            LedgerVerifier.Result r = LedgerVerifier.verify(check);
            if (!r.ok()) {
                throw new LedgerException(
                        LedgerProblem.VERIFY_FAILED,
                        "保管ファイルの検査で問題が見つかりました。台帳は変更していません: " + archive + "\n" + String.join("\n", r.problems()));
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file is reported by the next run, which refuses to start over it
        }
    }
}
