package jp.shomu.ledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one place where an SQLite result code becomes what the person is told: a Japanese message for every primary
 * result code (https://sqlite.org/rescode.html), what happened and what to do, never SQLite's English text. The
 * code's name is added in brackets for whoever supports the city (e.g. 「(SQLite: SQLITE_FULL)」).
 */
public final class SqliteFaults {
    private SqliteFaults() {}

    /** The primary result code of {@code e} (its low byte), or -1 when it carries none. */
    public static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException se) {
            return se.getResultCode().code & 0xff;
        }
        int vendor = e.getErrorCode();
        return vendor > 0 ? vendor & 0xff : -1;
    }

    /** {@code e}, met while working on {@code file} (may be null), as the exception the person sees. */
    public static LedgerException translate(Path file, SQLException e) {
        int code = primaryCode(e);
        if (code == SQLiteErrorCode.SQLITE_READONLY.code && file != null && !Files.exists(file)) {
            // SQLite says "read-only" when the file it has open was moved away: the share or its folder is gone
            code = SQLiteErrorCode.SQLITE_CANTOPEN.code;
        }
        return of(file, code, "", e);
    }

    /**
     * A result code met otherwise than as a thrown SQLite error (a save queue's time running out, a backup's copy
     * failing on a full disk), while doing {@code doing} (e.g. 「バックアップ」, empty for an ordinary read or save).
     */
    public static LedgerException of(Path file, int resultCode, String doing, Throwable cause) {
        int code = resultCode & 0xff;
        String where = doing.isEmpty() ? "台帳ファイル" : "ファイル";
        String at = file == null ? "" : ": " + file;
        String during = doing.isEmpty() ? "" : doing + "中に";
        String tag = "\n(SQLite: " + name(resultCode) + ")";
        return switch (code) {
            case 5, 6 ->
                new LedgerException(
                        LedgerProblem.BUSY,
                        during + where + "が他の操作で長くロックされています" + at + "\nしばらく待ってからもう一度操作してください。入力内容は失われていません。" + tag,
                        cause);
            case 13 ->
                new LedgerException(
                        LedgerProblem.DISK_FULL,
                        during + "書き込み先の容量が足りません(ディスクがいっぱいです)" + at
                                + "\n何も書き込まれていません。ファイルサーバーの空き容量を管理者に確認してもらってから、もう一度操作してください。" + tag,
                        cause);
            case 11, 26 ->
                new LedgerException(
                        LedgerProblem.DAMAGED,
                        during + where + "が壊れています(または台帳ではありません)" + at + "\n管理責任者に連絡し、verify で検査してバックアップからの復元を依頼してください。"
                                + tag,
                        cause);
            case 8 ->
                new LedgerException(
                        LedgerProblem.READ_ONLY,
                        during + where + "に書き込めません(読み取り専用)" + at + "\nファイルやフォルダの書き込み権限を管理者に確認してください。" + tag,
                        cause);
            case 3, 23 ->
                new LedgerException(
                        LedgerProblem.READ_ONLY,
                        during + where + "を使う権限がありません" + at + "\nフォルダのアクセス権を管理者に確認してください。" + tag,
                        cause);
            case 10, 14, 15 ->
                new LedgerException(
                        LedgerProblem.UNREACHABLE,
                        during + where + "に届きません" + at + "\nネットワークとファイルサーバーを確認してから、もう一度操作してください。" + tag,
                        cause);
            case 7 ->
                new LedgerException(
                        LedgerProblem.UNREACHABLE, during + "この PC のメモリが足りません。ほかのアプリを閉じてから、もう一度操作してください。" + tag, cause);
            case 9, 4 ->
                new LedgerException(
                        LedgerProblem.UNREACHABLE, during + "台帳の処理が途中で止められました。変更は保存されていません。もう一度操作してください。" + tag, cause);
            case 17 ->
                new LedgerException(LedgerProblem.BUSY, during + "ほかの PC が台帳の構成を変えている最中でした。もう一度操作してください。" + tag, cause);
            case 18, 25 ->
                new LedgerException(
                        LedgerProblem.DAMAGED,
                        during + "値が大きすぎて台帳に書き込めません(長すぎる文字や大きすぎるファイル)。内容を短くしてください。" + tag,
                        cause);
            case 19, 20 ->
                new LedgerException(
                        LedgerProblem.DAMAGED,
                        during + "台帳の決まり(重複や必須の値)に合わないため保存できませんでした。"
                                + "\n画面を開き直してからもう一度操作し、続くときは管理責任者に verify での検査を依頼してください。" + tag,
                        cause);
            case 22, 24 ->
                new LedgerException(
                        LedgerProblem.UNREACHABLE,
                        during + where + "の置き場所(ドライブの形式)が台帳に対応していません" + at + "\n別のフォルダに置いてください。" + tag,
                        cause);
            default ->
                new LedgerException(
                        LedgerProblem.DAMAGED,
                        during + "台帳の処理に失敗しました。もう一度操作し、続くときは管理責任者に連絡してください(verify で検査できます)。" + tag,
                        cause);
        };
    }

    private static String name(int resultCode) {
        SQLiteErrorCode known = SQLiteErrorCode.getErrorCode(resultCode);
        if (known == SQLiteErrorCode.UNKNOWN_ERROR) {
            known = SQLiteErrorCode.getErrorCode(resultCode & 0xff);
        }
        return known == SQLiteErrorCode.UNKNOWN_ERROR ? "コード " + resultCode : known.name() + " " + resultCode;
    }
}
