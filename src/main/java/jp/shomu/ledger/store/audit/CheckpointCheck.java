package jp.shomu.ledger.store.audit;

import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.Ledger;

/**
 * Part of verify for a ledger whose older audit rows were moved into an audit archive file: the checkpoint in meta,
 * where the chain now starts, must be the one the trail recorded when the rows were moved (otherwise someone wrote
 * a later checkpoint into meta to drop history), and the archive file, when it is beside the ledger, must still
 * have the SHA-256 recorded then. A missing archive file is a note: it may have been taken to other storage.
 */
final class CheckpointCheck {
    private CheckpointCheck() {}

    static void check(Ledger ledger, List<String> problems, List<String> notes) {
        Optional<AuditCheckpoint> checkpoint = AuditCheckpoint.of(ledger);
        if (checkpoint.isEmpty()) {
            return;
        }
        AuditCheckpoint cp = checkpoint.get();
        if (!AuditCheckpoint.audited(ledger).equals(checkpoint)) {
            problems.add("監査ログの区切り(行 " + cp.seq() + " まで保管ファイルへ移した記録)が、監査ログに記録された区切りと一致しません" + "(アプリを通さずに書き換えられた可能性)");
            return;
        }
        if (!java.nio.file.Files.exists(AuditArchiveFile.path(ledger, cp))) {
            notes.add(cp.lastDay() + " まで(行 " + cp.seq() + " まで)の監査ログは保管ファイル " + cp.file() + " にあります。"
                    + ledger.companionPlace() + "にないため、その内容は確かめていません");
            return;
        }
        AuditArchiveFile.problem(ledger, cp)
                .ifPresentOrElse(
                        problems::add,
                        () -> notes.add(cp.lastDay() + " まで(行 " + cp.seq() + " まで)の監査ログは保管ファイル " + cp.file()
                                + " にあります(SHA-256 は区切りの記録と一致)"));
    }
}
