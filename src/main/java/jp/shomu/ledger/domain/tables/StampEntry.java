package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** One line of the stamp register (切手受払簿): stamps of one denomination received, or issued to a department. */
public record StampEntry(
        long id, YearMonth month, Kind kind, long denomination, long quantity, String department, long version) {

    /** 受入 or 払出. */
    public enum Kind {
        RECEIVED,
        ISSUED
    }

    public StampEntry {
        if (denomination <= 0 || quantity <= 0) {
            throw new InvalidInputException("切手の額面と枚数は1以上の整数で入力してください(額面 " + denomination + "、枚数 " + quantity + ")");
        }
        if (kind == Kind.ISSUED && (department == null || department.isBlank())) {
            throw new InvalidInputException("払い出した所属を入力してください");
        }
    }

    long signedQuantity() {
        return kind == Kind.RECEIVED ? quantity : -quantity;
    }
}
