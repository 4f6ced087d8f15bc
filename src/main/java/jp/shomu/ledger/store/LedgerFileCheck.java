package jp.shomu.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;

/**
 * Looks at a ledger file's bytes before SQLite opens it, so that a missing, foreign or truncated file gets a
 * clear message and is never touched (SQLite would happily create or "repair" some of them).
 */
final class LedgerFileCheck {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;

    private LedgerFileCheck() {}

    /** How long a file that looks cut short is looked at again: another PC may be in the middle of a commit. */
    private static final long SETTLE_MILLIS = 2_000;

    static void requireUsable(Path file) {
        if (!Files.exists(file)) {
            if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
                throw new LedgerException(
                        LedgerProblem.UNREACHABLE,
                        "台帳の場所に届きません: " + file.getParent() + "\nファイルサーバーへの接続、フォルダ名を確認してください。");
            }
            throw new LedgerException(
                    LedgerProblem.MISSING, "台帳ファイルが見つかりません: " + file + "\n場所を確認してください。新しい台帳は管理責任者が init で作ります。");
        }
        if (Files.isDirectory(file)) {
            throw new LedgerException(LedgerProblem.NOT_A_LEDGER, "フォルダが指定されました。台帳ファイル(.db)を指定してください: " + file);
        }
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        while (cutShort(file)) {
            // read without SQLite's lock: a commit on another PC writes page 1 (the new page count) before the
            // pages it appends, so a growing file can look cut short for a moment; a damaged one stays so
            if (System.currentTimeMillis() > deadline) {
                throw damaged(file, "ファイルが途中で切れています(" + sizeOf(file) + " バイト)");
            }
            pause();
        }
    }

    /** Checks the header (refusing a foreign or damaged one at once) and says whether the file is shorter than it says. */
    private static boolean cutShort(Path file) {
        byte[] header = new byte[HEADER_SIZE];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(header, 0, HEADER_SIZE);
            if (n < MAGIC.length || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
                throw new LedgerException(
                        LedgerProblem.NOT_A_LEDGER,
                        "庶務台帳のファイルではありません: " + file + "\n別のファイルを指定していないか確認してください。ファイルは変更していません。");
            }
            if (n < HEADER_SIZE) {
                throw damaged(file, "ヘッダーが途中で切れています");
            }
        } catch (AccessDeniedException e) {
            throw new LedgerException(LedgerProblem.UNREACHABLE, "台帳ファイルを読む権限がありません: " + file, e);
        } catch (IOException e) {
            throw new LedgerException(
                    LedgerProblem.UNREACHABLE, "台帳ファイルを読めません: " + file + "(" + e.getMessage() + ")", e);
        }
        int pageSize = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        if (pageSize == 1) {
            pageSize = 65536;
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw damaged(file, "ヘッダーのページサイズが不正です");
        }
        long pages = readInt(header, 28);
        boolean pageCountValid = readInt(header, 24) == readInt(header, 92);
        long size = sizeOf(file); // after the header: a file only grows after its header says so
        return size % pageSize != 0 || (pageCountValid && pages > 0 && size < pages * pageSize);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new LedgerException(
                    LedgerProblem.UNREACHABLE, "台帳ファイルを読めません: " + file + "(" + e.getMessage() + ")", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException(LedgerProblem.BUSY, "処理が中断されました");
        }
    }

    private static LedgerException damaged(Path file, String detail) {
        return new LedgerException(
                LedgerProblem.DAMAGED,
                "台帳ファイルが壊れています: " + file + "\n" + detail + "。ファイルは変更していません。直近のバックアップからの復元(restore)を管理責任者に依頼してください。");
    }

    private static long readInt(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24)
                | ((b[at + 1] & 0xff) << 16)
                | ((b[at + 2] & 0xff) << 8)
                | (b[at + 3] & 0xff);
    }
}
