package jp.shomu.ledger.domain.tables;

import java.util.Arrays;
import java.util.List;

/** The columns of the 6-2 sheet, exported and imported alike (docs/TABLES.md); the import reads A, E, F and G. */
public enum MeterColumn {
    MACHINE("機器番号"),
    DEPARTMENT("設置所属"),
    LAST_MONO("前回モノクロ"),
    LAST_COLOUR("前回カラー"),
    MONO("今回モノクロ"),
    COLOUR("今回カラー"),
    REPLACED("メーター交換"),
    USED_MONO("使用枚数モノクロ"),
    USED_COLOUR("使用枚数カラー"),
    MONO_PRICE("単価モノクロ(円)"),
    COLOUR_PRICE("単価カラー(円)"),
    CHARGE("使用料(円)");

    /** How the sheet marks a replaced meter. */
    public static final String REPLACED_MARK = "交換";

    private final String header;

    MeterColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(MeterColumn::header).toList();
    }
}
