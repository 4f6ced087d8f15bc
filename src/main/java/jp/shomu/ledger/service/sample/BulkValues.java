package jp.shomu.ledger.service.sample;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.FieldType;
import jp.shomu.ledger.domain.catalog.SlaKind;
import jp.shomu.ledger.domain.catalog.TaskType;

/**
 * Field values and subjects for the bulk benchmark ledger: fictional, but as varied as real text, so that the
 * trigram index and the LIKE fallback meet realistic numbers of matches (a few words common, most rare).
 */
public final class BulkValues {
    static final String[] PLACES = {
        "静岡市葵区", "静岡市駿河区", "静岡市清水区", "浜松市中央区", "沼津市", "富士市", "富士宮市", "焼津市", "藤枝市", "島田市", "掛川市", "磐田市", "袋井市", "三島市",
        "熱海市", "伊東市", "御殿場市", "裾野市", "東京都千代田区", "東京都新宿区", "名古屋市中区", "横浜市中区", "大阪市北区", "甲府市", "長野市"
    };
    private static final String[] PURPOSES = {
        "研修会への出席", "会議への出席", "先進地視察", "打合せ", "説明会への参加", "連絡調整", "資料収集", "災害派遣", "選挙事務応援", "学会発表"
    };
    private static final String[] DEPARTMENTS = {
        "市民課",
        "総務課",
        "企画課",
        "財政課",
        "税務課",
        "福祉総務課",
        "保育課",
        "健康づくり課",
        "環境総務課",
        "道路管理課",
        "下水道計画課",
        "消防総務課",
        "予防課",
        "教育総務課",
        "学校給食課",
        "図書館",
        "水道営業課",
        "会計課",
        "議会事務局",
        "選挙管理委員会事務局"
    };
    private static final String[] OFFICES = {
        "本庁", "葵区役所", "駿河区役所", "清水区役所", "東消防署", "西消防署", "教育センター", "水道局", "見本小学校", "架空中学校", "試用保育園"
    };
    private static final String[] COMPANIES = {
        "見本商事株式会社", "架空文具店", "試用事務機株式会社", "模擬印刷合同会社", "例示物産株式会社", "仮名オフィス用品", "見本運輸株式会社", "架空リース株式会社", "試用銀行", "模擬信用金庫"
    };
    private static final String[] WORDS = {
        "確認済み", "要再確認", "差替えあり", "前年度と同じ", "年度途中の変更", "添付書類あり", "原本照合済", "電子申請", "窓口受付", "郵送受付", "期限間近", "至急扱い"
    };
    private static final String[] GIVEN = {"太郎", "花子", "一郎", "次郎", "春香", "夏樹", "秋人", "冬美", "優子", "健一"};
    private static final String[] FAMILY = {"見本", "架空", "試用", "仮名", "例示", "模擬", "見田", "架山", "試川", "仮野", "例原", "模井"};

    private BulkValues() {}

    /** Plausible fictional values for a case of {@code type}: every required field, most optional ones. */
    public static Map<String, String> fields(TaskType type, LocalDate received, Random rnd) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CommonFields.RECEIVED_ON, received.toString());
        values.put(CommonFields.CHANNEL, pick(rnd, "庶務事務システム", "LoGoフォーム", "紙・庁内便", "メール", "電話"));
        values.put(CommonFields.REQUESTER_DEPT, pick(rnd, OFFICES) + " " + pick(rnd, DEPARTMENTS));
        values.put(CommonFields.REQUESTER, employeeNo(rnd));
        if (rnd.nextInt(10) < 8) {
            values.put(
                    CommonFields.DOCS_COMPLETE_ON,
                    received.plusDays(rnd.nextInt(10) < 8 ? 0 : 1 + rnd.nextInt(3))
                            .toString());
        }
        for (FieldDef f : type.fields()) {
            boolean deadline = type.sla().kind() == SlaKind.BEFORE_DEADLINE
                    && f.key().equals(type.sla().deadlineField());
            String value = null;
            if (deadline) {
                value = received.plusDays(7 + rnd.nextInt(21)).toString();
            } else if (f.required() || rnd.nextInt(10) < 6) {
                value = value(f, received, rnd);
            }
            if (value != null && !f.calculated()) { // a calculated field is worked out on save
                values.put(f.key(), value);
            }
        }
        SampleValues.deadlineAhead(type, values, received);
        return values;
    }

    private static String value(FieldDef f, LocalDate received, Random rnd) {
        return switch (f.type()) {
            case TEXT ->
                f.sensitive() ? "(架空)" + pick(rnd, FAMILY) + " " + pick(rnd, GIVEN) + " " + f.label() : text(f, rnd);
            case DATE -> received.minusDays(rnd.nextInt(20)).toString();
            case MONTH ->
                java.time.YearMonth.from(received.plusMonths(rnd.nextInt(2))).toString();
            case YEN -> Integer.toString((1 + rnd.nextInt(3000)) * 100);
            case COUNT -> Integer.toString(1 + rnd.nextInt(40));
            case CHOICE -> f.choices().get(rnd.nextInt(f.choices().size()));
            case EMPLOYEE_NO -> employeeNo(rnd);
            case STAFF -> pick(rnd, FAMILY) + " " + pick(rnd, GIVEN);
            case FLAG -> rnd.nextInt(10) < 8 ? "true" : "false";
        };
    }

    /** Text by what the field holds: places, purposes, firms, document numbers; otherwise a note. */
    private static String text(FieldDef f, Random rnd) {
        String key = f.key().toLowerCase(java.util.Locale.ROOT);
        if (key.contains("destination") || key.contains("location") || key.contains("municipality")) {
            return pick(rnd, PLACES);
        }
        if (key.equals("route")) {
            return pick(rnd, PLACES) + "～" + pick(rnd, PLACES);
        }
        if (key.equals("purpose")) {
            return pick(rnd, PURPOSES);
        }
        if (key.contains("vendor") || key.contains("creditor") || key.contains("institution")) {
            return pick(rnd, COMPANIES);
        }
        if (key.endsWith("no") || key.endsWith("id") || key.endsWith("code")) {
            return "R" + (4 + rnd.nextInt(5)) + "-" + String.format("%05d", rnd.nextInt(100_000));
        }
        if (key.contains("department") || key.contains("submitto")) {
            return pick(rnd, OFFICES) + " " + pick(rnd, DEPARTMENTS);
        }
        return f.label() + ": " + pick(rnd, WORDS);
    }

    static String subject(TaskType type, Map<String, String> values, Random rnd) {
        String kind = type.fields().stream()
                .filter(f -> f.type() == FieldType.CHOICE)
                .map(f -> values.get(f.key()))
                .filter(v -> v != null)
                .findFirst()
                .orElse("");
        String who = pick(rnd, FAMILY) + pick(rnd, GIVEN);
        return (kind.isEmpty() ? "" : kind + " ") + type.name().replace("事務", "") + " " + who + "("
                + values.getOrDefault("targetEmployee", values.get(CommonFields.REQUESTER)) + ")";
    }

    /** Fictional city employee numbers: 8 digits starting 99, a range the roster never uses. */
    static String employeeNo(Random rnd) {
        return "99" + String.format("%06d", rnd.nextInt(1_000_000));
    }

    static String pick(Random rnd, String... options) {
        return options[rnd.nextInt(options.length)];
    }
}
