package jp.shomu.ledger.domain.tables;

import jp.shomu.ledger.domain.cases.InvalidInputException;

/**
 * A multifunction printer (6-2): its number, the department it is charged to, its unit prices per page in 銭
 * (1/100 yen, since contracts quote prices such as 1.5円) and the counters it was installed with.
 */
public record Copier(
        long id, String code, String department, long monoPriceSen, long colourPriceSen, Counts start, long version) {

    public Copier {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("機器番号を入力してください");
        }
        if (department == null || department.isBlank()) {
            throw new InvalidInputException("機器 " + code + " の設置所属を入力してください");
        }
        if (monoPriceSen < 0 || colourPriceSen < 0) {
            throw new InvalidInputException("機器 " + code + " の単価は0以上で入力してください");
        }
    }

    /** The charge for a month's pages in whole yen, rounded down (1円未満切捨て) once for the machine. */
    public long charge(Counts pages) {
        return (pages.mono() * monoPriceSen + pages.colour() * colourPriceSen) / 100;
    }
}
