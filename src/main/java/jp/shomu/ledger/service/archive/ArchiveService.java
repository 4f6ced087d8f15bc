package jp.shomu.ledger.service.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.BatchTimes;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TransactionTimes;
import jp.shomu.ledger.store.ArchiveMark;
import jp.shomu.ledger.store.FileSha256;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.archive.ArchiveFolder;
import jp.shomu.ledger.store.archive.ArchiveRemoval;

/**
 * The fiscal-year archive (年度アーカイブ): moves a finished year's closed cases out of the shared ledger into a
 * read-only archive file next to it, so the shared file stays small. The archive is built and verified first;
 * then the cases are removed from the ledger a batch at a time, each batch a short transaction that names the
 * archive and its SHA-256 in the audit trail. Then the audit rows written up to the year's end move into an audit
 * archive file ({@link AuditCheckpointer}), and the freed pages go back to the file system ({@link FreeSpace}).
 * Run again after an interruption, it finishes what was left.
 */
public final class ArchiveService {
    private final LedgerContext ctx;

    public ArchiveService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param batch       cases removed (and images restated) per transaction: the longest another PC waits is
     *                    about one batch
     * @param pauseMillis pause between batches, so that other PCs' saves get the file in between
     * @param auditRows   audit rows cut from the ledger per transaction, once moved to the audit archive
     * @param freePages   free pages given back to the file system per transaction
     */
    public record Options(int batch, long pauseMillis, int auditRows, int freePages) {
        public static Options standard() {
            return new Options(200, 50, 2000, 1000);
        }
    }

    /**
     * What happened: the archive file and its SHA-256, cases it holds, cases removed from the ledger now, cases
     * already removed by an earlier run, cases left in place because they changed during the move, open cases
     * of the year left in the ledger, the removal transactions, the audit checkpoint and the space given back
     * (both null when the year had no finished case and nothing was made; the space is null on a server, which
     * reuses it itself).
     */
    public record Outcome(
            Path archive,
            String sha256,
            boolean resumed,
            int archived,
            int removed,
            int alreadyRemoved,
            List<Long> changedMeanwhile,
            long openLeft,
            TransactionTimes removal,
            Checkpoint checkpoint,
            Shrink shrink) {}

    /**
     * The audit checkpoint: rows up to {@code seq} (written up to {@code lastDay}) are in the audit archive
     * {@code file} with {@code sha256} (file null when they had been moved by an earlier run); entries restated,
     * rows moved into the file and rows cut from the ledger now, and the write transactions.
     */
    public record Checkpoint(
            long seq,
            String lastDay,
            Path file,
            String sha256,
            int restated,
            long rowsMoved,
            long rowsCut,
            TransactionTimes times) {}

    /**
     * The space given back: whether the ledger can give pages back at all (created with auto_vacuum INCREMENTAL),
     * pages given back now and free pages still inside, the page size, the file's size before the archive and now.
     */
    public record Shrink(
            boolean releasable,
            long releasedPages,
            long freePagesLeft,
            long pageSize,
            long bytesBefore,
            long bytesAfter,
            TransactionTimes times) {}

    /** The fiscal-year archive of {@code year} for {@code ledger}, in its companion folder. */
    public static Path archiveFile(Ledger ledger, int year) {
        return ledger.companion(ledger.stem() + "-archive-FY" + year + ".db");
    }

    /** The audit archive of {@code year} for {@code ledger}, in its companion folder. */
    public static Path auditArchiveFile(Ledger ledger, int year) {
        return ledger.companion(ledger.stem() + "-audit-FY" + year + ".db");
    }

    /**
     * Sets where a server ledger's archive files go (a file ledger keeps them beside itself): an existing folder,
     * ideally on the share the centre backs up. Every PC then finds them there.
     */
    public void useFolder(StaffMember actor, Path folder) {
        Permissions.require(actor, Action.ARCHIVE_YEAR);
        if (!ctx.ledger().isOnServer()) {
            throw new InvalidInputException("ファイルの台帳の保管ファイルは台帳と同じフォルダに作ります(--folder はサーバーの台帳のときだけ指定します)。");
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("保管ファイルを置くフォルダがありません: " + folder.toAbsolutePath());
        }
        ctx.ledger().write(actor.login(), tx -> {
            ArchiveFolder.set(tx, folder);
            return null;
        });
    }

    public Outcome archive(StaffMember actor, int fiscalYear, Options options, Consumer<String> progress) {
        Permissions.require(actor, Action.ARCHIVE_YEAR);
        Ledger ledger = ctx.ledger();
        if (ledger.isArchive()) {
            throw new InvalidInputException("このファイルは保管ファイルです。年度アーカイブは元の台帳に対して実行してください。");
        }
        FiscalYear year = new FiscalYear(fiscalYear);
        if (!ctx.today().isAfter(year.end())) {
            throw new InvalidInputException(fiscalYear + "年度はまだ終わっていません(" + year.end() + " まで)。年度アーカイブは終わった年度だけです。");
        }
        long bytesBefore = FreeSpace.size(ledger);
        Path target = archiveFile(ledger, fiscalYear);
        boolean resumed = Files.exists(target);
        if (resumed) {
            progress.accept("保管ファイルがすでにあります。検査してから、台帳に残っている移動済みの案件を削除します: " + target);
            requireSameYear(target, year, ledger.location().shortName());
            ArchiveBuilder.requireVerified(target);
        } else {
            progress.accept(fiscalYear + "年度(" + year.start() + "〜" + year.end() + ")に完了した案件を保管ファイルへ複写します: " + target);
            int copied = ArchiveBuilder.build(ledger, target, year, actor.login(), progress);
            if (copied == 0) {
                long open = ArchiveRemoval.openCasesReceived(ledger, year.start(), year.end());
                return new Outcome(
                        null, "", false, 0, 0, 0, List.of(), open, new TransactionTimes(0, 0, 0), null, null);
            }
        }
        String sha = FileSha256.of(target);
        progress.accept("保管ファイルの検査OK、SHA-256 " + sha + "。台帳から削除します。");
        Outcome removal = removeFromLedger(actor, year, target, sha, options, progress);
        long open = ArchiveRemoval.openCasesReceived(ledger, year.start(), year.end());
        Checkpoint checkpoint = new AuditCheckpointer(ledger, actor.login(), options, progress).run(year);
        // a server reuses and returns the freed space itself (autovacuum): only the file is shrunk here
        Shrink shrink =
                ledger.isOnServer() ? null : FreeSpace.release(ledger, actor.login(), options, progress, bytesBefore);
        return new Outcome(
                target,
                sha,
                resumed,
                removal.archived(),
                removal.removed(),
                removal.alreadyRemoved(),
                removal.changedMeanwhile(),
                open,
                removal.removal(),
                checkpoint,
                shrink);
    }

    private Outcome removeFromLedger(
            StaffMember actor, FiscalYear year, Path target, String sha, Options options, Consumer<String> progress) {
        int archived = 0;
        int removed = 0;
        int gone = 0;
        List<Long> changed = new ArrayList<>();
        BatchTimes times = new BatchTimes();
        try (Ledger archive = Ledger.open(target, ctx.ledger().clock())) {
            long after = 0;
            while (true) {
                List<Long> ids = ArchiveRemoval.caseIds(archive, after, options.batch());
                if (ids.isEmpty()) {
                    break;
                }
                Map<Long, String> prints = archive.read(c -> ArchiveRemoval.fingerprints(c, ids));
                ArchiveRemoval.Batch b = times.time(() -> ctx.ledger()
                        .write(
                                actor.login(),
                                tx -> ArchiveRemoval.remove(
                                        tx, year.year(), target.getFileName().toString(), sha, ids, prints)));
                archived += ids.size();
                removed += b.removed().size();
                gone += b.alreadyGone().size();
                changed.addAll(b.changed());
                after = ids.get(ids.size() - 1);
                progress.accept("台帳から削除: " + removed + " 件");
                BatchTimes.pause(options.pauseMillis());
            }
        }
        return new Outcome(target, sha, false, archived, removed, gone, changed, 0, times.summary(), null, null);
    }

    private static void requireSameYear(Path target, FiscalYear year, String ledgerName) {
        try (Ledger archive = Ledger.open(target, java.time.Clock.systemUTC())) {
            ArchiveMark mark = ArchiveMark.of(archive)
                    .orElseThrow(() -> new LedgerException(
                            LedgerProblem.ALREADY_EXISTS, "同じ名前のファイルがありますが、保管ファイルではありません。上書きはしません: " + target));
            if (mark.fiscalYear() != year.year() || !mark.source().equals(ledgerName)) {
                throw new LedgerException(
                        LedgerProblem.ALREADY_EXISTS,
                        "同じ名前の保管ファイルは別の台帳・年度のものです(" + mark.source() + "、" + mark.fiscalYear() + "年度): " + target);
            }
        }
    }
}
