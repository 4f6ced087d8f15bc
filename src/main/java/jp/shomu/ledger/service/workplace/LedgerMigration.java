package jp.shomu.ledger.service.workplace;

import java.time.Clock;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.LedgerTransfer;
import jp.shomu.ledger.store.audit.HeadRecord;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.store.cases.CaseSearchIndex;
import jp.shomu.ledger.store.inquiries.FaqRepository;
import jp.shomu.ledger.store.inquiries.InquiryRepository;

/**
 * Moves a ledger between a file and a PostgreSQL server (issue #19, migrate): the copy with its own row-by-row
 * comparison ({@link LedgerTransfer}), the search tables rebuilt on the target, then the target verified as verify
 * would (audit chain and head, roster, indexes) before it counts. Only the source's 管理責任者 may do it.
 */
public final class LedgerMigration {
    private LedgerMigration() {}

    /** What was moved and what the target was found to hold. */
    public record Outcome(LedgerTransfer.Result copied, LedgerVerifier.Result verified) {
        public long cases() {
            return copied.rows("case_file");
        }

        public long auditRows() {
            return copied.rows("audit_log");
        }

        public AuditLog.Head head() {
            return copied.head();
        }
    }

    public static Outcome migrate(
            LedgerLocation from, LedgerLocation to, String login, Clock clock, LedgerTransfer.Progress progress) {
        return migrate(from, to, login, clock, progress, tx -> {});
    }

    /**
     * As {@link #migrate(LedgerLocation, LedgerLocation, String, Clock, LedgerTransfer.Progress)}; {@code beforeCheck}
     * runs on the target just before it is compared with the source (tests change a row there to see it caught).
     */
    public static Outcome migrate(
            LedgerLocation from,
            LedgerLocation to,
            String login,
            Clock clock,
            LedgerTransfer.Progress progress,
            LedgerTransfer.InTarget beforeCheck) {
        LedgerTransfer.requireSameVersion(from);
        String actor;
        try (LedgerContext source = LedgerContext.open(from, clock)) {
            actor = requireManager(source.whoIs(login)).login();
        }
        Verified[] verified = new Verified[1];
        LedgerTransfer.Result copied = LedgerTransfer.copy(
                from,
                to,
                actor,
                clock,
                progress,
                tx -> {
                    CaseSearchIndex.rebuild(tx);
                    FaqRepository.rebuildSearch(tx.connection());
                    InquiryRepository.rebuildDerived(tx.connection());
                    beforeCheck.run(tx);
                },
                written -> {
                    progress.step("移行先を検査しています(verify と同じ検査)");
                    verified[0] = verify(written, clock);
                });
        if (!copied.head().equals(verified[0].head())) {
            throw new LedgerException(LedgerProblem.VERIFY_FAILED, "移行先の監査ログの先頭が移行元と違います: " + to.display());
        }
        if (to instanceof LedgerLocation.File f) {
            HeadRecord.follow(f.path(), clock); // the new file is followed from now on, as one made with init
        }
        return new Outcome(copied, verified[0].result());
    }

    private record Verified(LedgerVerifier.Result result, AuditLog.Head head) {}

    private static Verified verify(LedgerLocation written, Clock clock) {
        try (Ledger ledger = Ledger.open(written, clock)) {
            LedgerVerifier.Result r = LedgerVerifier.verify(ledger);
            if (!r.ok()) {
                throw new LedgerException(
                        LedgerProblem.VERIFY_FAILED,
                        "移行先を検査したところ問題がありました: " + LedgerVerifier.firstProblem(r).orElse("")
                                + (written.isServer() ? "\nデータベースを作り直してからやり直してください。" : "\n移行先のファイルは作っていません。"));
            }
            return new Verified(r, ledger.read(AuditLog::head));
        }
    }

    private static StaffMember requireManager(StaffMember who) {
        if (!who.active() || who.role() != Role.MANAGER) {
            throw new PermissionDeniedException(
                    "台帳の移行は管理責任者だけができます(あなたは" + who.role().label() + ")。");
        }
        return who;
    }
}
