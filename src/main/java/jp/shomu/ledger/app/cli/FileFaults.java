package jp.shomu.ledger.app.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A file-system error (reading or writing a file beside the ledger) in Japanese: which file and what to check. */
final class FileFaults {
    private FileFaults() {}

    static String describe(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? " " + fs.getFile() : "";
        String reason = String.valueOf(e.getMessage());
        if (e instanceof NoSuchFileException) {
            return "ファイルまたはフォルダがありません:" + file;
        }
        if (e instanceof AccessDeniedException) {
            return "ファイルまたはフォルダを使う権限がありません:" + file + "\nアクセス権を管理者に確認してください。";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "同じ名前のファイルがすでにあります:" + file;
        }
        if (e instanceof NotDirectoryException) {
            return "フォルダではありません:" + file;
        }
        if (reason.contains("No space left") || reason.contains("not enough space") || reason.contains("Disk quota")) {
            return "書き込み先の容量が足りません(ディスクがいっぱいです):" + file + "\n空き容量を確かめてから、もう一度操作してください。";
        }
        if (reason.contains("Read-only file system")) {
            return "書き込み先が読み取り専用です:" + file;
        }
        return "ファイルの読み書きに失敗しました:" + file + "\nネットワークとファイルサーバー、空き容量を確かめてから、もう一度操作してください。";
    }
}
