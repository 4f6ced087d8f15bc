package jp.shomu.ledger.store;

import java.sql.SQLException;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;

/**
 * What a PostgreSQL error becomes for the person: the same kinds and the same Japanese advice as {@link SqliteFaults}
 * gives for the file, by SQLSTATE class (https://www.postgresql.org/docs/15/errcodes-appendix.html); the state is
 * added in brackets for whoever supports the city (e.g. 「(PostgreSQL: 53100)」).
 */
public final class PostgresFaults {
    /** lock_not_available: the write lock was not given within lock_timeout. */
    static final String LOCK_NOT_AVAILABLE = "55P03";

    private PostgresFaults() {}

    /** True for an error that PostgreSQL raises with a SQLSTATE (the driver's own errors carry one too). */
    static boolean isPostgres(SQLException e) {
        return e instanceof org.postgresql.util.PSQLException;
    }

    /** True when the save only met another PC's lock and may simply be tried again. */
    static boolean isBusy(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return state.equals(LOCK_NOT_AVAILABLE) || state.equals("40001") || state.equals("40P01");
    }

    /** {@code e}, met while working on the database {@code where} (may be empty), as the exception the person sees. */
    public static LedgerException translate(String where, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String at = where.isEmpty() ? "" : ": " + where;
        String tag = "\n(PostgreSQL: " + (state.isEmpty() ? "状態なし" : state) + ")";
        if (isBusy(e) || state.equals("57014")) {
            return new LedgerException(
                    LedgerProblem.BUSY, "台帳が他の操作で長くロックされています" + at + "\nしばらく待ってからもう一度操作してください。入力内容は失われていません。" + tag, e);
        }
        if (state.equals("3D000")) {
            return new LedgerException(
                    LedgerProblem.MISSING,
                    "データベースが見つかりません" + at + "\nデータベース名を確認してください。新しい台帳用のデータベースはサーバーの管理者が作ります(docs/INSTALL.md)。" + tag,
                    e);
        }
        if (state.startsWith("28")) {
            return new LedgerException(
                    LedgerProblem.READ_ONLY,
                    "データベースサーバーに接続する権限がありません" + at
                            + "\nユーザー名とパスワード(環境変数 PGUSER・PGPASSWORD か .pgpass)、サーバーの pg_hba.conf を管理者に確認してください。" + tag,
                    e);
        }
        if (state.startsWith("08") || state.startsWith("57P")) {
            return new LedgerException(
                    LedgerProblem.UNREACHABLE,
                    "データベースサーバーに届きません" + at + "\nネットワークとサーバーが動いているかを確認してから、もう一度操作してください。" + tag,
                    e);
        }
        if (state.equals("53100")) {
            return new LedgerException(
                    LedgerProblem.DISK_FULL,
                    "データベースサーバーの容量が足りません" + at + "\n何も書き込まれていません。サーバーの管理者に空き容量を確認してもらってください。" + tag,
                    e);
        }
        if (state.equals("42501") || state.equals("25006")) {
            return new LedgerException(
                    LedgerProblem.READ_ONLY, "データベースに書き込む権限がありません" + at + "\nデータベースの権限を管理者に確認してください。" + tag, e);
        }
        if (state.startsWith("23")) {
            return new LedgerException(
                    LedgerProblem.DAMAGED,
                    "台帳の決まり(重複や必須の値)に合わないため保存できませんでした。" + "\n画面を開き直してからもう一度操作し、続くときは管理責任者に verify での検査を依頼してください。" + tag,
                    e);
        }
        if (state.startsWith("22")) {
            return new LedgerException(
                    LedgerProblem.DAMAGED, "値が台帳に合わないため書き込めません(長すぎる文字や形式の違う値)。内容を確かめてください。" + tag, e);
        }
        return new LedgerException(
                LedgerProblem.DAMAGED, "台帳の処理に失敗しました。もう一度操作し、続くときは管理責任者に連絡してください(verify で検査できます)。" + tag, e);
    }
}
