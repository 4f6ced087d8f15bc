package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** A budget line of 4-2: a fiscal year's 予算科目 for one department and its 予算額 (yen). */
public record BudgetLine(
        long id, int fiscalYear, String code, String name, String department, long budget, long version) {
    public BudgetLine {
        if (code == null || code.isBlank() || department == null || department.isBlank()) {
            throw new InvalidInputException("予算科目コードと所属を入力してください");
        }
        if (budget < 0) {
            throw new InvalidInputException("予算額は0以上で入力してください(" + code + "、" + department + ")");
        }
    }

    /** The fiscal year (年度, April to March) a month belongs to. */
    public static int fiscalYearOf(YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }

    /** How the line is named in messages: 0211-01 郵便料(総務課、2027年度). */
    public String label() {
        return code + " " + name + "(" + department + "、" + fiscalYear + "年度)";
    }
}
