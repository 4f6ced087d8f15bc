package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/**
 * A machine's department and unit prices (銭) from a month on (移設・組織改正・単価改定), or its removal (撤去) from
 * that month when {@code retired}. The months before keep the terms they had, so their charges never change.
 */
public record MachineTerms(
        long id,
        long copierId,
        YearMonth from,
        String department,
        long monoPriceSen,
        long colourPriceSen,
        boolean retired,
        long version) {

    public MachineTerms {
        if (department == null || department.isBlank()) {
            throw new InvalidInputException("設置所属を入力してください");
        }
        if (monoPriceSen < 0 || colourPriceSen < 0) {
            throw new InvalidInputException("単価は0以上で入力してください");
        }
    }
}
