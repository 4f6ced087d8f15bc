package jp.shomu.ledger.service.inquiries;

import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.service.FieldInput;

/** The checks every inquiry and FAQ text passes: the My Number guard, required text, a known task type. */
final class TextRules {
    private static final int LONGEST = 4000;

    private TextRules() {}

    /** The text stripped; refused when it holds a 個人番号, is too long, or is blank while required. */
    static String text(String what, String value, boolean required) {
        String v = value == null ? "" : value.strip();
        FieldInput.requireText(what, v);
        if (required && v.isEmpty()) {
            throw new InvalidInputException("「" + what + "」を入力してください");
        }
        if (v.length() > LONGEST) {
            throw new InvalidInputException("「" + what + "」は " + LONGEST + " 文字までです(" + v.length() + " 文字)");
        }
        return v;
    }

    /** A task type code of the current catalog, or "" for none. */
    static String typeCode(Catalog catalog, String code, boolean required) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            if (required) {
                throw new InvalidInputException("中区分コード(例: 2-2)を指定してください");
            }
            return "";
        }
        return catalog.taskType(c)
                .orElseThrow(() -> new InvalidInputException("中区分コード「" + c + "」はカタログにありません(例: 2-2)"))
                .code();
    }
}
