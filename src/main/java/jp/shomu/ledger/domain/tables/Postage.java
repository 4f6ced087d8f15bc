package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** 料金後納 postage of one department for one month: the amount billed and the pieces sent (6-1). */
public record Postage(long id, YearMonth month, String department, long amount, long pieces, long version) {
    public Postage {
        if (department == null || department.isBlank()) {
            throw new InvalidInputException("所属を入力してください");
        }
        if (amount < 0 || pieces < 0) {
            throw new InvalidInputException("後納料金と通数は0以上の整数で入力してください(" + department + ")");
        }
    }
}
