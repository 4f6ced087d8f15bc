package jp.shomu.ledger.service.workplace;

import java.nio.file.Path;
import jp.shomu.ledger.domain.ledger.LedgerLocation;

/**
 * The result of checking a chosen ledger location, with the message to show (Japanese, says what to do).
 *
 * @param location the file or server database checked, or null when the text typed was not a location at all
 */
public record LocationCheck(LocationStatus status, LedgerLocation location, String message) {
    static LocationCheck of(LocationStatus status, Path path) {
        LedgerLocation where = path == null ? null : LedgerLocation.of(path);
        return new LocationCheck(status, where, message(status, path));
    }

    static LocationCheck ofServer(LocationStatus status, LedgerLocation.Server server, String why) {
        return new LocationCheck(
                status, server, status == LocationStatus.REACHABLE_LEDGER ? "台帳を確認しました: " + server.display() : why);
    }

    /** The file checked; null for a server database or text that was not a location. */
    public Path path() {
        return location instanceof LedgerLocation.File f ? f.path() : null;
    }

    /** The app may open the ledger at this path. */
    public boolean usable() {
        return status == LocationStatus.REACHABLE_LEDGER;
    }

    /** Trying again later may help (the server may come back); the dialog offers 再試行. */
    public boolean retryMayHelp() {
        return status == LocationStatus.FOLDER_UNREACHABLE;
    }

    /** Only here may a 管理責任者 choose "new ledger": the folder is reachable and nothing is at the path yet. */
    public boolean newLedgerPossible() {
        return status == LocationStatus.MISSING_FILE;
    }

    private static String message(LocationStatus status, Path path) {
        String at = path == null ? "" : path.toString();
        return switch (status) {
            case REACHABLE_LEDGER -> "台帳を確認しました: " + at;
            case MISSING_FILE ->
                "この場所に台帳ファイルがありません: " + at + "\nファイル名を確認してください。新しい台帳を作るのは管理責任者だけです(「新しい台帳」を選んだときだけ作ります)。";
            case FOLDER_UNREACHABLE -> "台帳の場所に届きません: " + at + "\nファイルサーバーへの接続とフォルダ名を確認し、「再試行」を押してください。台帳は作成も変更もしていません。";
            case NOT_A_LEDGER ->
                at.isEmpty()
                        ? "台帳の場所として読めない文字列です。\\\\サーバー名\\共有名\\フォルダ\\ledger.db の形で指定してください。"
                        : "庶務台帳のファイルではありません: " + at + "\n台帳ファイル(.db)を指定してください。ファイルは変更していません。";
            case DAMAGED -> "台帳ファイルが壊れています: " + at + "\n管理責任者に連絡し、バックアップからの復元を依頼してください。ファイルは変更していません。";
            case NEEDS_NEWER_APP -> "この台帳は新しい版のアプリで作られています: " + at + "\nアプリを更新してください。台帳は変更していません。";
        };
    }
}
