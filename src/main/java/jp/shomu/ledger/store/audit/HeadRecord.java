package jp.shomu.ledger.store.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;

/**
 * The audit chain head as last seen, kept outside the ledger in a small file beside it ({@code ledger.db.head}), so
 * a ledger put back to an older copy behind the app's back (a file copied over it) is noticed without a paper
 * anchor: its chain no longer reaches the recorded head. The app records the head at every open and backup and
 * checks it at every open and verify; a restore made with the app writes its own audit entry and records the
 * restored head, so only a rollback that bypassed the app is reported.
 */
public final class HeadRecord {
    private HeadRecord() {}

    public static Path fileFor(Path ledgerFile) {
        return ledgerFile.toAbsolutePath().resolveSibling(ledgerFile.getFileName() + ".head");
    }

    /** Why this ledger looks rolled back against the recorded head, or empty. */
    public static Optional<String> check(Ledger ledger) {
        if (ledger.isOnServer()) {
            return Optional.empty(); // a server database has no folder beside it; its own backups guard it
        }
        Optional<AuditLog.Head> recorded;
        try {
            recorded = read(ledger.file());
        } catch (DamagedRecord e) {
            return Optional.of(e.getMessage());
        }
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        AuditLog.Head seen = recorded.get();
        AuditLog.Head now = ledger.read(AuditLog::head);
        String where = "(記録: " + fileFor(ledger.file()).getFileName() + ")";
        if (now.seq() < seen.seq()) {
            return Optional.of("台帳が以前の状態に戻されています: 監査ログは行 " + now.seq() + " までですが、この台帳では行 " + seen.seq()
                    + " まで記録されていました" + where + "。アプリを通さずに古い写しで置き換えられた可能性があります。"
                    + "管理責任者に連絡し、失われた記録がないか確かめてください。");
        }
        Optional<String> hash = ledger.read(
                c -> Sql.queryOne(c, "SELECT hash FROM audit_log WHERE seq = ?", rs -> rs.getString(1), seen.seq()));
        if (hash.isPresent() && !hash.get().equals(seen.hash())) {
            return Optional.of("台帳の監査ログの行 " + seen.seq() + " が以前に記録した内容と違います" + where
                    + "。古い写しで置き換えたあとに書き足された可能性があります。管理責任者に連絡してください。");
        }
        return Optional.empty();
    }

    /**
     * Moves the record on to the ledger's head when it is newer. Only a ledger that has a record is followed (it
     * gets one when created with init, backed up or restored), so copies the app opens (handover bundles, backups,
     * archives) get no file beside them. Best effort: a read-only folder is fine.
     */
    public static void record(Ledger ledger) {
        if (ledger.isOnServer()) {
            return;
        }
        Optional<AuditLog.Head> recorded = read(ledger.file());
        if (recorded.isEmpty()) {
            return;
        }
        AuditLog.Head now = ledger.read(AuditLog::head);
        if (recorded.get().seq() < now.seq()) {
            write(ledger.file(), now);
        }
    }

    /** Starts following the ledger (init, backup): records its head, creating the record if there is none. */
    public static void follow(Ledger ledger) {
        if (ledger.isOnServer()) {
            return;
        }
        Optional<AuditLog.Head> recorded = read(ledger.file());
        AuditLog.Head now = ledger.read(AuditLog::head);
        if (recorded.isEmpty() || recorded.get().seq() < now.seq()) {
            write(ledger.file(), now);
        }
    }

    /** Starts following a ledger file just created at {@code file} (init). */
    public static void follow(Path file, java.time.Clock clock) {
        try (Ledger ledger = Ledger.open(file, clock)) {
            follow(ledger);
        }
    }

    /** After a restore made with the app: the restored head replaces the record, even though it is older. */
    public static void replace(Ledger ledger) {
        if (ledger.isOnServer()) {
            return;
        }
        write(ledger.file(), ledger.read(AuditLog::head));
    }

    /**
     * The recorded head, or empty when the ledger is not followed. A record that exists but cannot be read is
     * {@link DamagedRecord}: emptying or garbling the file must not switch the check off silently, and a backup
     * or open does not write over it (a manager looks first).
     */
    private static Optional<AuditLog.Head> read(Path ledgerFile) {
        Path f = fileFor(ledgerFile);
        String text = null;
        for (int attempt = 0; text == null; attempt++) {
            if (!Files.exists(f)) {
                return Optional.empty();
            }
            try {
                text = Files.readString(f, StandardCharsets.US_ASCII).strip();
            } catch (NoSuchFileException e) {
                // another PC put its newer record in place just then: over SMB that is not one step, so look again
                if (attempt == 20) {
                    return Optional.empty();
                }
                pause();
            } catch (IOException e) {
                throw new DamagedRecord(f, "読めません(" + e.getClass().getSimpleName() + ")");
            }
        }
        java.util.regex.Matcher m = RECORD.matcher(text);
        if (!m.matches()) {
            throw new DamagedRecord(f, "形式が違います");
        }
        return Optional.of(new AuditLog.Head(Long.parseLong(m.group(1)), m.group(2)));
    }

    /** seq:hash as written by {@link #write}; the hash in lower-case hex. */
    private static final java.util.regex.Pattern RECORD =
            java.util.regex.Pattern.compile("(\\d{1,18}):([0-9a-f]{16,128})");

    /** The record beside the ledger exists but is not one the app wrote. */
    private static final class DamagedRecord extends LedgerException {
        private static final long serialVersionUID = 1L;

        DamagedRecord(Path file, String why) {
            super(
                    LedgerProblem.VERIFY_FAILED,
                    "監査ログの記録ファイル " + file.getFileName() + " が壊れています(" + why + ")。台帳が古い写しで置き換えられたことを"
                            + "確かめるための記録です。管理責任者に連絡してください。管理責任者は verify で台帳を確かめ、問題がなければ"
                            + "このファイルを削除してください(次のバックアップで作り直されます)。");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(Path ledgerFile, AuditLog.Head head) {
        Path f = fileFor(ledgerFile);
        Path part = null;
        try {
            // a new name each time: PCs opening the ledger at the same moment must not write into one file
            part = Files.createTempFile(f.getParent(), f.getFileName() + ".", ".part");
            Files.writeString(part, head.seq() + ":" + head.hash() + "\n", StandardCharsets.US_ASCII);
            Files.move(part, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (part != null) {
                deleteQuietly(part);
            }
            // a read-only folder (an archive on a locked share): the check then relies on the next writable open
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary record is never read: only the .head file is
        }
    }
}
