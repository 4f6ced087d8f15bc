package jp.shomu.ledger.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.store.ArchiveMark;
import jp.shomu.ledger.store.ArchiveRemoval;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.LedgerException;
import jp.shomu.ledger.store.LedgerProblem;

/**
 * The fiscal-year archive (年度アーカイブ): moves a finished year's closed cases out of the shared ledger into a
 * read-only archive file next to it, so the shared file stays small. The archive is built and verified first;
 * then the cases are removed from the ledger a batch at a time, each batch a short transaction that names the
 * archive and its SHA-256 in the audit trail. Run again after an interruption, it finishes the removal.
 */
public final class ArchiveService {
    private final LedgerContext ctx;

    public ArchiveService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param batch      cases removed per transaction: the longest another PC waits is about one batch
     * @param pauseMillis pause between batches, so that other PCs' saves get the file in between
     */
    public record Options(int batch, long pauseMillis) {
        public static Options standard() {
            return new Options(200, 50);
        }
    }

    /**
     * What happened: the archive file and its SHA-256, cases it holds, cases removed from the ledger now, cases
     * already removed by an earlier run, cases left in place because they changed during the move, open cases
     * of the year left in the ledger, and the longest removal transaction.
     */
    public record Outcome(Path archive, String sha256, boolean resumed, int archived, int removed, int alreadyRemoved,
                          List<Long> changedMeanwhile, long openLeft, double medianBatchMillis, double longestBatchMillis) {
    }

    /** The archive file of {@code year} for {@code ledgerFile}: "ledger-archive-FY2026.db" beside "ledger.db". */
    public static Path archiveFile(Path ledgerFile, int year) {
        String name = ledgerFile.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return ledgerFile.toAbsolutePath().resolveSibling(stem + "-archive-FY" + year + ".db");
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
        Path target = archiveFile(ledger.file(), fiscalYear);
        boolean resumed = Files.exists(target);
        if (resumed) {
            progress.accept("保管ファイルがすでにあります。検査してから、台帳に残っている移動済みの案件を削除します: " + target);
            requireSameYear(target, year, ledger.file());
            ArchiveBuilder.requireVerified(target);
        } else {
            progress.accept(fiscalYear + "年度(" + year.start() + "〜" + year.end() + ")に完了した案件を保管ファイルへ複写します: " + target);
            int copied = ArchiveBuilder.build(ledger, target, year, actor.login(), progress);
            if (copied == 0) {
                long open = ArchiveRemoval.openCasesReceived(ledger, year.start(), year.end());
                return new Outcome(null, "", false, 0, 0, 0, List.of(), open, 0, 0);
            }
        }
        String sha = ArchiveBuilder.sha256(target);
        progress.accept("保管ファイルの検査OK、SHA-256 " + sha + "。台帳から削除します。");
        Outcome removal = removeFromLedger(actor, year, target, sha, options, progress);
        long open = ArchiveRemoval.openCasesReceived(ledger, year.start(), year.end());
        return new Outcome(target, sha, resumed, removal.archived(), removal.removed(), removal.alreadyRemoved(),
                removal.changedMeanwhile(), open, removal.medianBatchMillis(), removal.longestBatchMillis());
    }

    private Outcome removeFromLedger(StaffMember actor, FiscalYear year, Path target, String sha, Options options,
                                     Consumer<String> progress) {
        int archived = 0;
        int removed = 0;
        int gone = 0;
        List<Long> changed = new ArrayList<>();
        List<Double> batchMillis = new ArrayList<>();
        try (Ledger archive = Ledger.open(target, ctx.ledger().clock())) {
            long after = 0;
            while (true) {
                List<Long> ids = ArchiveRemoval.caseIds(archive, after, options.batch());
                if (ids.isEmpty()) {
                    break;
                }
                Map<Long, String> prints = archive.read(c -> ArchiveRemoval.fingerprints(c, ids));
                long t = System.nanoTime();
                ArchiveRemoval.Batch b = ctx.ledger().write(actor.login(), tx -> ArchiveRemoval.remove(tx, year.year(),
                        target.getFileName().toString(), sha, ids, prints));
                batchMillis.add((System.nanoTime() - t) / 1e6);
                archived += ids.size();
                removed += b.removed().size();
                gone += b.alreadyGone().size();
                changed.addAll(b.changed());
                after = ids.get(ids.size() - 1);
                progress.accept("台帳から削除: " + removed + " 件");
                pause(options.pauseMillis());
            }
        }
        List<Double> sorted = batchMillis.stream().sorted().toList();
        double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        double longest = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
        return new Outcome(target, sha, false, archived, removed, gone, changed, 0, median, longest);
    }

    private static void requireSameYear(Path target, FiscalYear year, Path ledgerFile) {
        try (Ledger archive = Ledger.open(target, java.time.Clock.systemUTC())) {
            ArchiveMark mark = ArchiveMark.of(archive).orElseThrow(() -> new LedgerException(LedgerProblem.ALREADY_EXISTS,
                    "同じ名前のファイルがありますが、保管ファイルではありません。上書きはしません: " + target));
            if (mark.fiscalYear() != year.year() || !mark.source().equals(ledgerFile.getFileName().toString())) {
                throw new LedgerException(LedgerProblem.ALREADY_EXISTS, "同じ名前の保管ファイルは別の台帳・年度のものです("
                        + mark.source() + "、" + mark.fiscalYear() + "年度): " + target);
            }
        }
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException(LedgerProblem.BUSY, "年度アーカイブが中断されました。もう一度実行すると続きから削除します。");
        }
    }
}
