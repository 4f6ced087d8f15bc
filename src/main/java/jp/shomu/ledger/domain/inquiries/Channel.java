package jp.shomu.ledger.domain.inquiries;

import java.util.Arrays;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** How a question reached the centre (spec §8(2)①ウ). */
public enum Channel {
    PHONE("電話"),
    MAIL("メール"),
    GROUPWARE("グループウェア"),
    LOGO_FORM("LoGoフォーム"),
    COUNTER("窓口");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the label (電話) or the name (PHONE, any case). */
    public static Channel parse(String text) {
        String t = text.strip();
        return Arrays.stream(values())
                .filter(c -> c.label.equalsIgnoreCase(t) || c.name().equalsIgnoreCase(t))
                .findFirst()
                .orElseThrow(() ->
                        new InvalidInputException("受付方法「" + text + "」はありません。使える受付方法: 電話, メール, グループウェア, LoGoフォーム, 窓口"));
    }
}
