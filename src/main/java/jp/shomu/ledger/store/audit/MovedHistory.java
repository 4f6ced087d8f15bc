package jp.shomu.ledger.store.audit;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.Ledger;

/**
 * Proves, for an anchor, the history a file's checkpoint moved out: the audit archive it names must still have the
 * recorded SHA-256, and its piece of the chain must verify and end exactly at the checkpoint's row; then the same
 * for the archive before it, back to the chain's first row. An anchor after the checkpoint proves the
 * checkpoint's hash; this proves the rows behind it.
 */
final class MovedHistory {
    private MovedHistory() {}

    record Proof(List<String> problems, List<String> notes) {}

    static Proof prove(Ledger ledger, AuditCheckpoint checkpoint) {
        if (!Files.exists(AuditArchiveFile.path(ledger, checkpoint))) {
            return new Proof(
                    List.of(),
                    List.of("行 " + checkpoint.seq() + " までの履歴は監査ログの保管ファイル " + checkpoint.file() + " にあり、"
                            + ledger.companionPlace() + "にないため確かめていません"));
        }
        try {
            return AuditArchiveFile.read(ledger, checkpoint, archive -> proveArchive(archive, checkpoint));
        } catch (LedgerException e) {
            return new Proof(List.of(e.getMessage()), List.of());
        }
    }

    private static Proof proveArchive(Ledger archive, AuditCheckpoint checkpoint) {
        Optional<AuditLog.Break> broken = AuditLog.verify(archive);
        if (broken.isPresent()) {
            return new Proof(List.of(broken.get().reason() + "(監査ログの保管ファイル " + checkpoint.file() + ")"), List.of());
        }
        AuditLog.Head end = archive.read(AuditLog::head);
        if (end.seq() != checkpoint.seq() || !end.hash().equals(checkpoint.hash())) {
            return new Proof(
                    List.of("監査ログの保管ファイル " + checkpoint.file() + " の監査ログが、区切りの行 " + checkpoint.seq() + " で終わっていません"),
                    List.of());
        }
        Proof earlier = AuditCheckpoint.of(archive)
                .map(before -> prove(archive, before))
                .orElse(new Proof(List.of(), List.of()));
        List<String> notes = new ArrayList<>(earlier.notes());
        notes.add("行 " + checkpoint.seq() + " までの履歴は監査ログの保管ファイル " + checkpoint.file() + " で確かめました(SHA-256 は区切りの記録と一致)");
        return new Proof(earlier.problems(), notes);
    }
}
