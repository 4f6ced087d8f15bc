package jp.shomu.ledger.service.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.store.ArchiveMark;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.archive.AuditSegmentCopy;
import jp.shomu.ledger.store.archive.CheckpointPlan;

/**
 * Builds the audit archive file of a checkpoint beside the ledger, like {@link ArchiveBuilder}: under a temporary
 * name, a page of audit rows per write with short reads of the ledger, then marked read-only, verified on its own
 * (its piece of the chain must end exactly at the plan's row) and only then given its name.
 */
final class AuditArchiveBuilder {
    private static final int PAGE = 5000;

    private AuditArchiveBuilder() {}

    static Path build(Ledger ledger, CheckpointPlan plan, int fiscalYear, String actor, Consumer<String> progress) {
        Path target = ledger.companion(plan.file());
        Path part = ArchiveBuilder.partOf(target);
        Optional<AuditCheckpoint> start = AuditCheckpoint.of(ledger);
        boolean done = false;
        try {
            try (Ledger archive = Ledger.create(part, ledger.clock())) {
                archive.write(actor, tx -> {
                    AuditSegmentCopy.copyReferenceRows(ledger, tx);
                    return null;
                });
                long after = start.map(AuditCheckpoint::seq).orElse(0L);
                while (after < plan.seq()) {
                    long from = after;
                    after = archive.write(actor, tx -> AuditSegmentCopy.copyRows(ledger, tx, from, plan.seq(), PAGE));
                    if (after == from) {
                        throw new LedgerException(
                                LedgerProblem.VERIFY_FAILED, "監査ログの行 " + (from + 1) + " が台帳にありません。監査ログの区切りはしません。");
                    }
                    progress.accept("監査ログを保管ファイルへ複写: 行 " + after + " / " + plan.seq());
                }
                ArchiveMark mark = new ArchiveMark(
                        fiscalYear,
                        ledger.location().shortName(),
                        archive.clock().instant().toString(),
                        actor,
                        ArchiveMark.AUDIT_TRAIL);
                archive.write(actor, tx -> {
                    AuditSegmentCopy.finish(tx, start, plan, mark);
                    return null;
                });
            }
            requireEndsAt(part, plan);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ArchiveBuilder.cleanUp(part, done);
        }
    }

    /** Verifies an audit archive on its own and checks that its chain ends at the plan's row. */
    static void requireEndsAt(Path file, CheckpointPlan plan) {
        ArchiveBuilder.requireVerified(file);
        try (Ledger archive = Ledger.open(file, java.time.Clock.systemUTC())) {
            boolean auditArchive = ArchiveMark.of(archive)
                    .map(ArchiveMark::holdsAuditTrailOnly)
                    .orElse(false);
            AuditLog.Head last = archive.read(AuditLog::head);
            if (!auditArchive || last.seq() != plan.seq() || !last.hash().equals(plan.hash())) {
                throw new LedgerException(
                        LedgerProblem.ALREADY_EXISTS,
                        "同じ名前のファイルがありますが、この監査ログの区切り(行 " + plan.seq() + " まで)の保管ファイルではありません。上書きはしません: " + file);
            }
        }
    }
}
