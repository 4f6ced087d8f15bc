package jp.shomu.ledger.domain.inquiries;

import java.util.Arrays;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** Where an inquiry stands: received, answered by the centre, sent on to the city, done. */
public enum InquiryStatus {
    RECEIVED("受付"),
    ANSWERED("回答済"),
    ESCALATED("市へエスカレーション"),
    CLOSED("完了");

    private final String label;

    InquiryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the label (受付) or the name (RECEIVED, any case). */
    public static InquiryStatus parse(String text) {
        String t = text.strip();
        return Arrays.stream(values())
                .filter(s -> s.label.equals(t) || s.name().equalsIgnoreCase(t))
                .findFirst()
                .orElseThrow(
                        () -> new InvalidInputException("問合せの状態「" + text + "」はありません。使える状態: 受付, 回答済, 市へエスカレーション, 完了"));
    }
}
