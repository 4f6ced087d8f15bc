package jp.shomu.ledger.domain.tables;

import java.util.List;

/**
 * The two blocks of the 6-1 sheet, exported and imported alike (docs/TABLES.md): the stamp register, of which the
 * import reads 額面 and 実査, and the postage by department, of which it reads 所属, 後納料金 and 通数.
 */
public final class StampSheet {
    public static final List<String> STAMP_HEADERS =
            List.of("額面(円)", "前月繰越", "受入", "払出", "帳簿残高", "実査", "差異", "残高金額(円)", "確認");
    public static final int DENOMINATION = 0;
    public static final int COUNTED = 5;
    public static final String FLAG = "要確認";

    public static final List<String> POSTAGE_HEADERS = List.of("所属", "切手払出(円)", "後納料金(円)", "通数", "合計(円)");
    public static final int DEPARTMENT = 0;
    public static final int POSTAGE = 2;
    public static final int PIECES = 3;

    private StampSheet() {}
}
