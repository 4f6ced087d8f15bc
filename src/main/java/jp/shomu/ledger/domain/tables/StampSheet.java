package jp.shomu.ledger.domain.tables;

import java.util.List;

/**
 * The three blocks of the 6-1 sheet, exported and imported alike (docs/TABLES.md): the stamp register by
 * denomination, the stamps issued by department and denomination, and the postage by department. The cells the
 * sheet works out itself (払出, 帳簿残高, 差異, 残高金額, 確認, 金額, 切手払出, 合計) are Excel formulas; the import
 * reads them too and refuses a sheet whose figures do not add up.
 */
public final class StampSheet {
    public static final List<String> STAMP_HEADERS =
            List.of("額面(円)", "前月繰越", "受入", "払出", "帳簿残高", "実査", "差異", "残高金額(円)", "確認");
    public static final int DENOMINATION = 0;
    public static final int OPENING = 1;
    public static final int RECEIVED = 2;
    public static final int ISSUED = 3;
    public static final int BALANCE = 4;
    public static final int COUNTED = 5;
    public static final int DIFFERENCE = 6;
    public static final int WORTH = 7;
    public static final int CHECK = 8;
    public static final String FLAG = "要確認";

    public static final List<String> ISSUE_HEADERS = List.of("払出先の所属", "額面(円)", "枚数", "金額(円)");
    public static final int ISSUE_DEPARTMENT = 0;
    public static final int ISSUE_DENOMINATION = 1;
    public static final int ISSUE_QUANTITY = 2;
    public static final int ISSUE_YEN = 3;

    public static final List<String> POSTAGE_HEADERS = List.of("所属", "切手払出(円)", "後納料金(円)", "通数", "合計(円)");
    public static final int DEPARTMENT = 0;
    public static final int STAMPS = 1;
    public static final int POSTAGE = 2;
    public static final int PIECES = 3;
    public static final int TOTAL = 4;

    private StampSheet() {}
}
