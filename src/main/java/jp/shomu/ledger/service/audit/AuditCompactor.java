package jp.shomu.ledger.service.audit;

import java.util.Map;
import java.util.function.Consumer;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.AuditCompaction;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.LedgerVerifier;

/**
 * Brings a ledger written before compact audit images to the compact form, in place ({@code audit compact}): verify
 * the whole ledger (nothing is done if it fails), rewrite the pending rows a batch per short write transaction, verify
 * again and audit the run. A run that was stopped goes on where the last committed batch ended.
 */
public final class AuditCompactor {
    private final LedgerContext ctx;

    public AuditCompactor(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** What a run did: rows rewritten now, and the rows the file held in the old form when it started. */
    public record Outcome(long compacted, long pendingAtStart) {}

    public Outcome compact(StaffMember actor, int batch, Consumer<String> progress) {
        Permissions.require(actor, Action.COMPACT_AUDIT);
        Ledger ledger = ctx.ledger();
        if (ledger.isReadOnly()) {
            throw new InvalidInputException("この台帳は読み取り専用のため、監査ログの保存形式を変換できません。");
        }
        requireVerified(ledger, "変換の前");
        long pending = AuditCompaction.pending(ledger);
        long done = 0;
        long afterSeq = 0;
        while (true) {
            long from = afterSeq;
            AuditCompaction.Batch b =
                    ledger.write(actor.login(), tx -> AuditCompaction.compactBatch(tx, from, Math.max(1, batch)));
            if (b.compacted() == 0) {
                break;
            }
            done += b.compacted();
            afterSeq = b.lastSeq();
            progress.accept(String.format("監査ログの行を圧縮形式に変換: %,d / %,d 行", done, pending));
        }
        if (done > 0) {
            long rows = done;
            ledger.write(actor.login(), tx -> {
                tx.audit(
                        AuditEntities.AUDIT_FORMAT,
                        "compact",
                        "監査ログを圧縮形式に変換",
                        null,
                        Json.write(Map.of("rows", Long.toString(rows))));
                return null;
            });
        }
        requireVerified(ledger, "変換の後");
        return new Outcome(done, pending);
    }

    private static void requireVerified(Ledger ledger, String when) {
        LedgerVerifier.Result r = LedgerVerifier.verify(ledger);
        if (!r.ok()) {
            throw new InvalidInputException(
                    "台帳の検査で問題が見つかりました(" + when + ")。監査ログの保存形式の変換は行いません:\n" + String.join("\n", r.problems()));
        }
    }
}
