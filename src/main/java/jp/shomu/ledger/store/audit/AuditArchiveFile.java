package jp.shomu.ledger.store.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.FileSha256;
import jp.shomu.ledger.store.Ledger;

/**
 * The audit archive file a checkpoint names, beside the file whose chain starts at that checkpoint. It is read only
 * while its SHA-256 is the one recorded with the checkpoint, so what is read from it is exactly what was moved.
 */
final class AuditArchiveFile {
    private AuditArchiveFile() {}

    static Path path(Ledger ledger, AuditCheckpoint checkpoint) {
        return ledger.companion(checkpoint.file());
    }

    /** What is wrong with the archive file, if anything: missing, or changed since it was recorded. */
    static Optional<String> problem(Ledger ledger, AuditCheckpoint checkpoint) {
        Path file = path(ledger, checkpoint);
        if (!Files.exists(file)) {
            return Optional.of("監査ログの保管ファイルが見つかりません: " + file);
        }
        if (!FileSha256.of(file).equals(checkpoint.sha256())) {
            return Optional.of("監査ログの保管ファイル " + file + " が区切りの記録と一致しません(SHA-256 が違います。変更された可能性)");
        }
        return Optional.empty();
    }

    /** Runs {@code work} on the archive file, opened read-only; refuses a missing or changed one. */
    static <T> T read(Ledger ledger, AuditCheckpoint checkpoint, Function<Ledger, T> work) {
        problem(ledger, checkpoint).ifPresent(p -> {
            throw new LedgerException(
                    LedgerProblem.MISSING,
                    p + "\n" + checkpoint.lastDay() + " までの監査ログ(行 " + checkpoint.seq() + " まで)はこのファイルに移してあります。");
        });
        try (Ledger archive = Ledger.open(path(ledger, checkpoint), ledger.clock())) {
            return work.apply(archive);
        }
    }
}
