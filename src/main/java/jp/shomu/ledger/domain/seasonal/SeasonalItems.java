package jp.shomu.ledger.domain.seasonal;

import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/**
 * The recurring work of the centre's year (domain-22.md §0.6 and the 中区分 it names): payroll and its cut-off every
 * month, 期末・勤勉手当 in June and December, 住民税 特別徴収 in May–June, 算定基礎届 in July, 年末調整 from November to
 * January, and 会計年度任用職員 appointments in March–April. Their days are defaults a leader changes per ledger.
 */
public final class SeasonalItems {
    private static final List<Integer> EVERY_MONTH = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

    public static final List<SeasonalItem> ALL = List.of(
            new SeasonalItem(
                    "MONTHLY_PAYROLL",
                    "例月給与の支給",
                    "2-1",
                    EVERY_MONTH,
                    SeasonalAction.CASES,
                    "例月給与 {月}分",
                    DayRule.parse("B1")),
            new SeasonalItem(
                    "PAYROLL_CUTOFF",
                    "給与締め前の未了報告",
                    "2-1",
                    EVERY_MONTH,
                    SeasonalAction.REMINDER,
                    "{月} 給与締め: 間に合わない案件を締切3日前までに未了報告",
                    DayRule.parse("D10")),
            new SeasonalItem(
                    "BONUS",
                    "期末・勤勉手当",
                    "2-1",
                    List.of(6, 12),
                    SeasonalAction.CASES,
                    "期末・勤勉手当 {月}支給分(基準日の在職確認)",
                    DayRule.parse("D1")),
            new SeasonalItem(
                    "RESIDENT_TAX",
                    "住民税 特別徴収",
                    "2-4",
                    List.of(5, 6),
                    SeasonalAction.CASES,
                    "住民税 特別徴収税額の登録 {月}",
                    DayRule.parse("B1")),
            new SeasonalItem(
                    "STANDARD_REMUNERATION",
                    "算定基礎届",
                    "3-3",
                    List.of(7),
                    SeasonalAction.CASES,
                    "算定基礎届 {月}(7/10まで)",
                    DayRule.parse("B1")),
            new SeasonalItem(
                    "YEAR_END_ADJUSTMENT",
                    "年末調整",
                    "2-5",
                    List.of(11, 12, 1),
                    SeasonalAction.REMINDER,
                    "年末調整 {月}: 申告書の回収・精算・源泉徴収票の状況確認",
                    DayRule.parse("B1")),
            new SeasonalItem(
                    "PART_TIME_APPOINTMENT",
                    "会計年度任用職員の任用",
                    "1-1",
                    List.of(3, 4),
                    SeasonalAction.CASES,
                    "会計年度任用職員の任用 {月}",
                    DayRule.parse("B1")));

    private SeasonalItems() {}

    public static Optional<SeasonalItem> find(String key) {
        return ALL.stream().filter(i -> i.key().equalsIgnoreCase(key)).findFirst();
    }

    public static SeasonalItem require(String key) {
        return find(key)
                .orElseThrow(() -> new InvalidInputException("繰り返しの業務「" + key + "」はありません。使えるもの: "
                        + String.join(", ", ALL.stream().map(SeasonalItem::key).toList())));
    }
}
