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
import jp.shomu.ledger.store.FreePages;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.LedgerVerifier;

/**
 * Brings a ledger written before compact audit images to the compact form, in place ({@code audit compact}): verify
 * the whole ledger (nothing is done if it fails), rewrite the pending rows a batch per short write transaction, verify
 * again and audit the run. A run that was stopped goes on where the last committed batch ended.
 */
public final class AuditCompactor {
    private static final int RELEASE_PAGES = 1000;

    private final LedgerContext ctx;

    public AuditCompactor(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * What a run did: rows rewritten (the pending ones and the rows between them, so their pages fill again), the rows
     * the file held in the old form when it started, and the free pages given back to the file system.
     */
    public record Outcome(long rewritten, long pendingAtStart, long pagesReleased) {}

    public Outcome compact(StaffMember actor, int batch, Consumer<String> progress) {
        ctx.location().requireFile("監査ログの圧縮(audit compact)");
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
            if (b.rewritten() == 0) {
                break;
            }
            done += b.rewritten();
            afterSeq = b.lastSeq();
            progress.accept(String.format("監査ログを圧縮形式に変換: 書き直した行 %,d(開始時に未変換 %,d 行)、行 %,d まで", done, pending, afterSeq));
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
        long released = releaseFreePages(ledger, actor.login());
        return new Outcome(done, pending, released);
    }

    /** The rewrite leaves whole pages free: give them back a bounded number per short write (auto_vacuum files). */
    private static long releaseFreePages(Ledger ledger, String actor) {
        if (!FreePages.releasable(ledger)) {
            return 0;
        }
        long released = 0;
        int now;
        do {
            now = ledger.write(actor, tx -> FreePages.release(tx, RELEASE_PAGES));
            released += now;
        } while (now > 0 && FreePages.count(ledger) > 0);
        return released;
    }

    private static void requireVerified(Ledger ledger, String when) {
        LedgerVerifier.Result r = LedgerVerifier.verify(ledger);
        if (!r.ok()) {
            throw new InvalidInputException(
                    "台帳の検査で問題が見つかりました(" + when + ")。監査ログの保存形式の変換は行いません:\n" + String.join("\n", r.problems()));
        }
    }
}
