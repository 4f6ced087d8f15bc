package jp.shomu.ledger.service.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import jp.shomu.ledger.domain.audit.ChainHead;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.service.BatchTimes;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.FileSha256;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.archive.AuditCut;
import jp.shomu.ledger.store.archive.CheckpointPlan;
import jp.shomu.ledger.store.archive.CheckpointRestatement;
import jp.shomu.ledger.store.audit.AuditAnchors;
import jp.shomu.ledger.store.audit.LedgerVerifier;

/**
 * The audit checkpoint (監査ログの区切り) the fiscal-year archive makes once the year's cases have left the ledger: the
 * audit rows written up to the end of that year move into an audit archive file beside the ledger, keeping their seq
 * and hashes, and the ledger's chain then starts at the last row moved. History of the years still in the ledger
 * stays in it. Each step writes in short transactions with pauses, and a run after an interruption finishes it:
 * <ol>
 * <li>verify the ledger (nothing is done if it fails) and audit the plan: the year's last row and the file;</li>
 * <li>restate the images verify compares that only cut rows hold ({@link CheckpointRestatement});</li>
 * <li>build and verify the audit archive file ({@link AuditArchiveBuilder});</li>
 * <li>record the checkpoint with the file's SHA-256 (meta and trail): from then on verify starts there;</li>
 * <li>cut the moved rows out of the ledger, oldest first.</li>
 * </ol>
 */
final class AuditCheckpointer {
    private final Ledger ledger;
    private final String actor;
    private final ArchiveService.Options options;
    private final Consumer<String> progress;
    private final BatchTimes times = new BatchTimes();

    AuditCheckpointer(Ledger ledger, String actor, ArchiveService.Options options, Consumer<String> progress) {
        this.ledger = ledger;
        this.actor = actor;
        this.options = options;
        this.progress = progress;
    }

    ArchiveService.Checkpoint run(FiscalYear year) {
        long cut = cutMovedRows();
        Optional<CheckpointPlan> plan = resumeOrPlan(year);
        if (plan.isEmpty()) {
            Optional<AuditCheckpoint> done = AuditCheckpoint.of(ledger);
            return new ArchiveService.Checkpoint(
                    done.map(AuditCheckpoint::seq).orElse(0L),
                    done.map(c -> c.lastDay().toString()).orElse(""),
                    null,
                    null,
                    0,
                    0,
                    cut,
                    times.summary());
        }
        CheckpointPlan p = plan.get();
        long start = AuditCheckpoint.of(ledger).map(AuditCheckpoint::seq).orElse(0L);
        int restated = restate(p);
        Path file = auditArchive(p, year);
        AuditCheckpoint checkpoint = p.checkpoint(FileSha256.of(file));
        times.time(() -> ledger.write(actor, tx -> {
            AuditCheckpoint.record(tx, checkpoint);
            return null;
        }));
        progress.accept("監査ログの区切りを記録しました(行 " + p.seq() + "、" + checkpoint.lastDay() + " まで、SHA-256 "
                + checkpoint.sha256() + ")。");
        cut += cutMovedRows();
        return new ArchiveService.Checkpoint(
                p.seq(),
                checkpoint.lastDay().toString(),
                file,
                checkpoint.sha256(),
                restated,
                p.seq() - start,
                cut,
                times.summary());
    }

    /** The plan an interrupted run left (the ledger is verified again first), or a new one. */
    private Optional<CheckpointPlan> resumeOrPlan(FiscalYear year) {
        Optional<CheckpointPlan> pending = CheckpointPlan.pending(ledger);
        if (pending.isEmpty()) {
            return plan(year);
        }
        progress.accept("前回中断した監査ログの区切り(行 " + pending.get().seq() + " まで)を続けます。");
        requireVerified();
        return pending;
    }

    /** The plan's audit archive: built now, or, left by an interrupted run, checked to be exactly that. */
    private Path auditArchive(CheckpointPlan plan, FiscalYear year) {
        Path file = ledger.companion(plan.file());
        if (Files.exists(file)) {
            AuditArchiveBuilder.requireEndsAt(file, plan);
            return file;
        }
        progress.accept("行 " + plan.seq() + " までの監査ログを保管ファイルへ複写します: " + file);
        return AuditArchiveBuilder.build(ledger, plan, year.year(), actor, progress);
    }

    /** Plans the checkpoint at the last row written in {@code year}, if that is after the ledger's current start. */
    private Optional<CheckpointPlan> plan(FiscalYear year) {
        long start = AuditCheckpoint.of(ledger).map(AuditCheckpoint::seq).orElse(0L);
        Optional<ChainHead> end = AuditAnchors.headInFile(ledger, year.end()).filter(h -> h.seq() > start);
        if (end.isEmpty()) {
            progress.accept(year.year() + "年度末までの監査ログは、すでに保管ファイルへ移してあります。");
            return Optional.empty();
        }
        Path file = ArchiveService.auditArchiveFile(ledger, year.year());
        if (Files.exists(file)) {
            throw new LedgerException(
                    LedgerProblem.ALREADY_EXISTS,
                    "監査ログの保管ファイルと同じ名前のファイルがあります。上書きはしません: "
                            + file + "\n台帳がそのファイルを作った時より前のバックアップから戻されたのかもしれません。"
                            + "ファイルを別の場所へ移してから、もう一度実行してください。");
        }
        requireVerified();
        long seq = end.get().seq();
        return Optional.of(times.time(() -> ledger.write(
                actor, tx -> CheckpointPlan.start(tx, seq, file.getFileName().toString()))));
    }

    private void requireVerified() {
        progress.accept("監査ログを区切る前に、台帳を検査します。");
        LedgerVerifier.Result r = LedgerVerifier.verify(ledger);
        if (!r.ok()) {
            throw new LedgerException(
                    LedgerProblem.VERIFY_FAILED,
                    "台帳の検査で問題が見つかったため、監査ログの区切りはしません" + "(案件の移動は済んでいます):\n" + String.join("\n", r.problems()));
        }
    }

    private int restate(CheckpointPlan plan) {
        int restated = 0;
        for (String entity : CheckpointRestatement.comparedEntities()) {
            String after = "";
            while (after != null) {
                CheckpointRestatement.Page page =
                        CheckpointRestatement.pending(ledger, entity, plan.seq(), after, options.batch());
                if (!page.ids().isEmpty()) {
                    restated += times.time(() -> ledger.write(
                            actor, tx -> CheckpointRestatement.restate(tx, entity, page.ids(), plan.seq())));
                    progress.accept("区切りの前に、最後の記録を再記載: " + restated + " 件");
                    BatchTimes.pause(options.pauseMillis());
                }
                after = page.nextAfterId();
            }
        }
        return restated;
    }

    /** Cuts the rows up to the recorded checkpoint that the ledger still holds; returns how many. */
    private long cutMovedRows() {
        long cut = 0;
        while (AuditCut.rowsLeft(ledger)) {
            cut += times.time(() -> ledger.write(actor, tx -> AuditCut.cut(tx, options.auditRows())));
            progress.accept("保管ファイルへ移した監査ログを台帳から削除: " + cut + " 行");
            BatchTimes.pause(options.pauseMillis());
        }
        return cut;
    }
}
